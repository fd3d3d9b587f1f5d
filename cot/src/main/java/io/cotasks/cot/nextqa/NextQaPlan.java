package io.cotasks.cot.nextqa;

import io.cotasks.cot.VideoFacts;
import io.cotasks.store.model.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * A NExT-QA question's plan: its parse, the events each clause matched, the anchor event and the moment the
 * question's structure points at.
 *
 * @param question        the question
 * @param facts           the video's facts
 * @param grounding       the question's words in the video's vocabulary
 * @param parse           the question's clauses
 * @param mainMatches     the events the main clause matched best (ties), empty when none
 * @param temporalMatches the events the temporal clause matched best (ties), empty when none
 * @param anchor          the event the question is about, or null when none could be found
 * @param windowBegin     first frame of the moment
 * @param windowEnd       end frame (exclusive) of the moment
 * @param rule            how the moment follows from the parse and the matches, in words
 * @param source          what the moment came from
 */
public record NextQaPlan(Question question, VideoFacts facts, Grounding grounding, QuestionParse parse,
                         List<ClauseMatcher.Scored> mainMatches, List<ClauseMatcher.Scored> temporalMatches,
                         VideoFacts.Event anchor, int windowBegin, int windowEnd, String rule,
                         MomentSource source) {

    /** What a plan's moment came from, as {@code eval grounding} reports it. */
    public enum MomentSource {
        /** The events the temporal clause matched (after, before, when, while, ...). */
        TEMPORAL_CLAUSE("temporal clause"),
        /** The events the main clause matched. */
        MAIN_CLAUSE("main clause"),
        /** The part of the video the question names ("at the beginning"). */
        NAMED_PART("named part"),
        /** No clause matched an event: the whole video (or the named part). */
        NO_MATCH("no match"),
        /** Not parsed, or a DC question: the bag of words. */
        WORDS("bag of words");

        private final String label;

        MomentSource(String label) {
            this.label = label;
        }

        /** {@code temporal clause}. */
        public String label() {
            return label;
        }
    }

    public NextQaPlan {
        mainMatches = List.copyOf(mainMatches);
        temporalMatches = List.copyOf(temporalMatches);
    }

    /** The moment the frame localization step predicts, {@code [begin, end]} in seconds (the NExT-GQA prediction). */
    public double[] moment() {
        return new double[]{facts.seconds(windowBegin), facts.seconds(windowEnd)};
    }

    /** True when at least one entity and the anchor event were found in the graph. */
    public boolean grounded() {
        return grounding.hasEntity() && anchor != null;
    }

    /** The parse, each clause's best events with their scores and the rule: what {@code cot --explain} prints. */
    public List<String> explain() {
        List<String> out = new ArrayList<>();
        out.add("parse: " + parse.describe());
        out.add("main clause: " + matches(mainMatches));
        if (parse.temporal() != null) {
            out.add(parse.connective() + " clause: " + matches(temporalMatches));
        }
        out.add("moment: " + rule);
        return out;
    }

    private static String matches(List<ClauseMatcher.Scored> scored) {
        if (scored.isEmpty()) {
            return "no event";
        }
        return String.join("; ", scored.stream().map(ClauseMatcher.Scored::describe).toList());
    }
}
