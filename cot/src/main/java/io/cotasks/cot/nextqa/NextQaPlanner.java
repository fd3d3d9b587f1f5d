package io.cotasks.cot.nextqa;

import io.cotasks.datasets.nextqa.NextQaType;
import io.cotasks.cot.VideoFacts;
import io.cotasks.cot.nextqa.ClauseMatcher.Scored;
import io.cotasks.store.model.Question;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Plans a NExT-QA question by its structure ({@link QuestionAnalyser}): each clause is matched against the
 * events ({@link ClauseMatcher}), only events in the named third of the video when the question names one;
 * the moment is then, by connective: after Y, from the start of Y's event to the end of the main clause's
 * events that end after it (graph relations are states, and the change Y names starts Y's state); before Y,
 * from the previous main-clause event (else a median event length of the graph) to the start of Y's event;
 * when/while/as/during Y, the events matching both clauses best together; otherwise the main clause's event,
 * for why/how (CW, CH) with half a median event length before it (what leads into it). Equally matching
 * events are taken together (their hull). A question that names a part of the video ("at the beginning") is
 * answered by that third, whatever the clauses matched inside it; no match at all leaves the whole video. DC
 * keeps every event of the counted category. Questions that do not parse are planned by the bag of words
 * ({@link WordsPlanner}).
 */
public final class NextQaPlanner {

    private static final Set<String> AFTER = Set.of("after", "once");
    private static final Set<String> BEFORE = Set.of("before", "until", "till");
    private static final Set<String> DURING = Set.of("when", "while", "whilst", "as", "during");

    private final Grounder grounder;
    private final QuestionAnalyser analyser;
    private final ClauseMatcher matcher;

    private NextQaPlanner(Grounder grounder, QuestionAnalyser analyser, ClauseMatcher matcher) {
        this.grounder = grounder;
        this.analyser = analyser;
        this.matcher = matcher;
    }

    public static NextQaPlanner standard() {
        return new NextQaPlanner(Grounder.standard(), QuestionAnalyser.standard(), ClauseMatcher.standard());
    }

    public NextQaPlan plan(Question question, VideoFacts facts) {
        Grounding g = grounder.ground(question.text(), facts);
        String type = question.type() == null ? "" : question.type();
        QuestionParse parse = analyser.parse(question.text());
        if (NextQaType.DC.is(type) || !parse.parsed()) {
            return WordsPlanner.plan(question, facts, g, parse);
        }
        int last = Math.max(facts.frameCount(), 1);
        int[] part = part(parse.part(), last);
        List<VideoFacts.Event> candidates = facts.events().stream()
                .filter(e -> e.end() > part[0] && e.begin() < part[1]).toList();
        ClauseMatcher.VideoWords words = matcher.index(facts.events());
        List<Scored> main = matcher.best(parse.main(), candidates, words);
        List<Scored> temporal = matcher.best(parse.temporal(), candidates, words);
        VideoFacts.Event anchor = !main.isEmpty() ? first(main) : !temporal.isEmpty() ? first(temporal)
                : WordsPlanner.anchor(g, facts.events());
        String where = parse.part() == null ? "the whole video" : "the " + partName(parse.part()) + " third";
        if (main.isEmpty() && temporal.isEmpty()) {
            return new NextQaPlan(question, facts, g, parse, main, temporal, anchor, part[0], part[1],
                    type + ": no clause matched an event: " + where, NextQaPlan.MomentSource.NO_MATCH);
        }
        if (parse.part() != null) {
            return new NextQaPlan(question, facts, g, parse, main, temporal, anchor, part[0], part[1],
                    type + ": the question names " + where, NextQaPlan.MomentSource.NAMED_PART);
        }
        List<Scored> joint = parse.connective() != null && DURING.contains(parse.connective())
                ? matcher.bestJoint(parse.main(), parse.temporal(), candidates, words) : List.of();
        Moment m = moment(type, parse.connective(), main, temporal, joint, median(facts.events()));
        int b = Math.max(0, Math.min(m.begin, last - 1));
        int e = Math.max(b + 1, Math.min(m.end, last));
        return new NextQaPlan(question, facts, g, parse, main, temporal, anchor, b, e, type + ": " + m.rule,
                m.fromTemporal ? NextQaPlan.MomentSource.TEMPORAL_CLAUSE : NextQaPlan.MomentSource.MAIN_CLAUSE);
    }

    private record Moment(int begin, int end, String rule, boolean fromTemporal) {
        Moment(int begin, int end, String rule) {
            this(begin, end, rule, true);
        }
    }

    /** The moment by connective, from the matched events (at least one clause matched). */
    private static Moment moment(String type, String c, List<Scored> main, List<Scored> temporal,
                                 List<Scored> joint, int median) {
        if (!temporal.isEmpty() && AFTER.contains(c)) {
            int[] y = hull(temporal);
            List<Scored> following = main.stream().filter(s -> s.event().end() > y[0]).toList();
            String clause = "the '" + c + "' clause's event" + ties(temporal);
            return following.isEmpty()
                    ? new Moment(y[0], y[1], clause + " (no main-clause event follows its start)")
                    : new Moment(Math.max(y[0], hull(following)[0]), hull(following)[1], "from the start of "
                    + clause + " to the end of the main clause's event" + ties(following));
        }
        if (!temporal.isEmpty() && c != null && !DURING.contains(c)) {
            int[] y = hull(temporal);
            int[] previous = previousOf(main, y);
            String clause = "the '" + c + "' clause's event" + ties(temporal);
            String bound = previous != null ? "the previous event of the main clause" : "a median event length of the graph";
            return y[0] <= 0
                    ? new Moment(0, median, clause + " starts the video: the first median event length")
                    : new Moment(previous != null ? previous[0] : y[0] - median, y[0], "from " + bound + " to the start of " + clause);
        }
        if (!joint.isEmpty() && c != null) {
            int[] y = hull(joint);
            return new Moment(y[0], y[1], "the events matching both clauses best, for '" + c + "'" + ties(joint));
        }
        List<Scored> own = main.isEmpty() ? temporal : main;
        int[] x = hull(own);
        String clause = (main.isEmpty() ? "the temporal" : "the main") + " clause's event" + ties(own);
        if (NextQaType.of(type).map(t -> t.group() == NextQaType.Group.CAUSAL).orElse(false)) {
            return new Moment(x[0] - median / 2, x[1], clause + " and half a median event length before it", main.isEmpty());
        }
        return new Moment(x[0], x[1], clause, main.isEmpty());
    }

    /** How the best events were found: {@code " (3 tie on entity categories only: their union)"}. */
    private static String ties(List<Scored> scored) {
        boolean specific = scored.stream().anyMatch(Scored::specific);
        if (scored.size() == 1) {
            return specific ? "" : " (entity categories only)";
        }
        return " (" + scored.size() + " tie" + (specific ? "" : " on entity categories only") + ": their union)";
    }

    private static int[] previousOf(List<Scored> main, int[] y) {
        return main.stream().map(Scored::event).filter(e -> e.end() <= y[1] && e.begin() < y[0])
                .max(Comparator.comparingInt(VideoFacts.Event::begin))
                .map(e -> new int[]{e.begin(), e.end()}).orElse(null);
    }

    private static int[] hull(List<Scored> scored) {
        int b = scored.stream().mapToInt(s -> s.event().begin()).min().orElse(0);
        int e = scored.stream().mapToInt(s -> s.event().end()).max().orElse(0);
        return new int[]{b, e};
    }

    private static VideoFacts.Event first(List<Scored> scored) {
        return scored.stream().map(Scored::event).min(Comparator.comparingInt(VideoFacts.Event::begin)
                .thenComparing(Comparator.comparingInt(VideoFacts.Event::length).reversed())).orElseThrow();
    }

    /** Median length of the graph's events, in frames (at least 1). */
    static int median(List<VideoFacts.Event> events) {
        int[] lengths = events.stream().mapToInt(VideoFacts.Event::length).sorted().toArray();
        return lengths.length == 0 ? 1 : Math.max(1, lengths[lengths.length / 2]);
    }

    /** The frames of the named third, or of the whole video. */
    static int[] part(QuestionParse.Part part, int frames) {
        if (part == null) {
            return new int[]{0, frames};
        }
        return switch (part) {
            case BEGINNING -> new int[]{0, frames / 3};
            case MIDDLE -> new int[]{frames / 3, 2 * frames / 3};
            case END -> new int[]{2 * frames / 3, frames};
        };
    }

    private static String partName(QuestionParse.Part part) {
        return switch (part) {
            case BEGINNING -> "first";
            case MIDDLE -> "middle";
            case END -> "last";
        };
    }
}
