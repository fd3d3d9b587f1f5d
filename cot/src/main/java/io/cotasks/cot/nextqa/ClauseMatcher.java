package io.cotasks.cot.nextqa;

import io.cotasks.cot.VideoFacts;
import io.cotasks.cot.nextqa.QuestionParse.Clause;
import io.cotasks.cot.nextqa.QuestionParse.Phrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a clause against the events of one video. Subject phrase against the event's subject category 1
 * (against its object 0.5), object phrase the other way round; the verb names the event's predicate 2
 * (synonym table, predicate prefix, or a WordNet synonym or direct hypernym of the verb); every other content
 * word of the clause (attributes such as "white", "pink", objects, places) found among the lemmas of the
 * event's own captions and questions adds its rarity among the video's events, {@code min(1, ln((n+1)/df))},
 * so a word every event's sentences share adds almost nothing. A score made of categories alone is not
 * specific: many events of the same entities tie on it.
 */
public final class ClauseMatcher {

    private final Lemmatizer lemmatizer;
    private final Synonyms synonyms;
    /** The last video's index: the questions of a video come together, and its facts are loaded once. */
    private volatile Indexed last;

    private record Indexed(List<VideoFacts.Event> events, VideoWords words) {
    }

    private ClauseMatcher(Lemmatizer lemmatizer, Synonyms synonyms) {
        this.lemmatizer = lemmatizer;
        this.synonyms = synonyms;
    }

    public static ClauseMatcher standard() {
        return new ClauseMatcher(Lemmatizer.shared(), Synonyms.standard());
    }

    /**
     * One event's score for a clause.
     *
     * @param event    the event
     * @param score    the points
     * @param specific true when a predicate or a word of the event's sentences contributed
     * @param reasons  why, in words ({@code subject man=adult}, {@code verb look=watch}, {@code 'pink'})
     */
    public record Scored(VideoFacts.Event event, double score, boolean specific, List<String> reasons) {
        public Scored {
            reasons = List.copyOf(reasons);
        }

        /** {@code adult#0 watch child#1 2.5 (subject man=adult, verb look=watch)}. */
        public String describe() {
            return event.describe() + " " + String.format(Locale.ROOT, "%.2f", score).replaceAll("0+$", "").replaceAll("\\.$", "")
                    + " (" + String.join(", ", reasons) + ")";
        }
    }

    /** The lemmas of each event's sentences, and the number of events whose sentences hold each lemma. */
    public record VideoWords(Map<VideoFacts.Event, Set<String>> words, Map<String, Integer> frequency, int events) {

        /** {@code min(1, ln((n+1)/df))}: 0 for a word no event holds. */
        double rarity(String lemma) {
            Integer df = frequency.get(lemma);
            return df == null ? 0 : Math.min(1, Math.log((events + 1.0) / df));
        }
    }

    /** Indexes the sentences of the events; the same list (the same video's facts) again is not indexed again. */
    public VideoWords index(List<VideoFacts.Event> events) {
        Indexed previous = last;
        if (previous != null && previous.events() == events) {
            return previous.words();
        }
        VideoWords words = build(events);
        last = new Indexed(events, words);
        return words;
    }

    private VideoWords build(List<VideoFacts.Event> events) {
        Map<VideoFacts.Event, Set<String>> words = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (VideoFacts.Event e : events) {
            Set<String> lemmas = new HashSet<>();
            for (String text : e.texts()) {
                for (String w : Grounder.words(text)) {
                    lemmas.add(w);
                    lemmas.add(lemmatizer.noun(w));
                    lemmas.add(lemmatizer.verb(w));
                }
            }
            if (words.putIfAbsent(e, lemmas) == null) {
                lemmas.forEach(l -> frequency.merge(l, 1, Integer::sum));
            }
        }
        return new VideoWords(words, frequency, words.size());
    }

    /** The best-scoring events for a clause (all of them on a tie), empty when none scores above 0. */
    public List<Scored> best(Clause clause, List<VideoFacts.Event> candidates, VideoWords words) {
        return clause == null ? new ArrayList<>() : top(candidates, e -> score(clause, e, words));
    }

    /**
     * The events scoring best on both clauses together (the sum of their scores), for "X while Y": the event
     * the two clauses describe at once. Empty when no event scores above 0.
     */
    public List<Scored> bestJoint(Clause first, Clause second, List<VideoFacts.Event> candidates, VideoWords words) {
        return top(candidates, e -> joint(score(first, e, words), score(second, e, words)));
    }

    /** The candidates with the highest score above 0, all of them on a tie. */
    private static List<Scored> top(List<VideoFacts.Event> candidates, Function<VideoFacts.Event, Scored> scoring) {
        List<Scored> top = new ArrayList<>();
        double max = 0;
        for (VideoFacts.Event e : candidates) {
            Scored s = scoring.apply(e);
            if (s.score() > max + 1e-9) {
                max = s.score();
                top.clear();
                top.add(s);
            } else if (s.score() > 0 && Math.abs(s.score() - max) <= 1e-9) {
                top.add(s);
            }
        }
        return top;
    }

    private static Scored joint(Scored a, Scored b) {
        List<String> reasons = new ArrayList<>(a.reasons());
        b.reasons().forEach(r -> reasons.add("while " + r));
        return new Scored(a.event(), a.score() + b.score(), a.specific() || b.specific(), reasons);
    }

    /** The score of one event for a clause (0 for no clause). */
    public Scored score(Clause clause, VideoFacts.Event e, VideoWords words) {
        if (clause == null) {
            return new Scored(e, 0, false, List.of());
        }
        double score = 0;
        boolean specific = false;
        List<String> reasons = new ArrayList<>();
        Set<String> used = new HashSet<>();
        score += entity(clause.subject(), e.subject(), e.object(), "subject", reasons, used);
        score += entity(clause.object(), e.object(), e.subject(), "object", reasons, used);
        if (clause.verb() != null) {
            used.add(clause.verb());
            if (namesPredicate(clause.verb(), e.predicate())) {
                score += 2;
                specific = true;
                reasons.add("verb " + clause.verb() + "=" + e.predicate());
            }
        }
        Set<String> own = words.words().getOrDefault(e, Set.of());
        for (String lemma : attributesAndWords(clause)) {
            if (used.add(lemma) && own.contains(lemma)) {
                double r = words.rarity(lemma);
                if (r > 0) {
                    score += r;
                    specific = true;
                    reasons.add("'" + lemma + "'");
                }
            }
        }
        return new Scored(e, score, specific, reasons);
    }

    private double entity(Phrase phrase, VideoFacts.Entity same, VideoFacts.Entity other, String role,
                          List<String> reasons, Set<String> used) {
        if (phrase == null) {
            return 0;
        }
        List<String> categories = categories(phrase.head());
        if (categories.isEmpty()) {
            return 0;
        }
        if (same != null && names(phrase.head(), categories, same.category())) {
            used.add(phrase.head());
            reasons.add(role + " " + phrase.head() + "=" + same.category());
            return 1;
        }
        if (other != null && names(phrase.head(), categories, other.category())) {
            used.add(phrase.head());
            reasons.add(role + " " + phrase.head() + "~" + other.category());
            return 0.5;
        }
        return 0;
    }

    /** The table's categories for the head, else WordNet's kinds of a noun the table does not hold. */
    private boolean names(String head, List<String> categories, String category) {
        if (categories.contains(category)) {
            return true;
        }
        String noun = lemmatizer.noun(head);
        return !synonyms.hasNoun(noun) && lemmatizer.namesCategory(noun, category);
    }

    private List<String> categories(String head) {
        List<String> out = new ArrayList<>();
        for (String noun : lemmatizer.nounForms(head)) {
            out.addAll(synonyms.categories(noun));
        }
        return out;
    }

    private boolean namesPredicate(String verb, String predicate) {
        if (synonyms.predicates(verb).contains(predicate) || predicate.startsWith(verb + "_")
                || predicate.startsWith(verb + "(") || predicate.equals(verb)) {
            return true;
        }
        int cut = predicate.indexOf('_');
        String head = cut < 0 ? predicate : predicate.substring(0, cut);
        return !Synonyms.SPATIAL_HEADS.contains(head) && lemmatizer.verbRelatives(verb).contains(head);
    }

    private static List<String> attributesAndWords(Clause c) {
        List<String> out = new ArrayList<>();
        if (c.subject() != null) {
            out.addAll(c.subject().attributes());
        }
        if (c.object() != null) {
            out.add(c.object().head());
            out.addAll(c.object().attributes());
        }
        out.addAll(c.lemmas());
        return out;
    }
}
