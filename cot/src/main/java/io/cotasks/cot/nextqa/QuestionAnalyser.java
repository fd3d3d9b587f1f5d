package io.cotasks.cot.nextqa;

import io.cotasks.cot.nextqa.QuestionParse.Asked;
import io.cotasks.cot.nextqa.QuestionParse.Clause;
import io.cotasks.cot.nextqa.QuestionParse.Part;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyses NExT-QA questions (lower case, no punctuation) with POS tags ({@link QuestionTagger}) and WordNet
 * lemmas ({@link Lemmatizer}): the asked part from the first word; a phrase naming a third of the video
 * ("at the beginning", "in the middle of the video", "in the end", "finally") is taken out; the first
 * temporal connective after the asked words splits the rest into the main clause and the temporal clause;
 * each clause yields its subject phrase, verb and object phrase. A question without a known asked part or
 * whose main clause names nothing is not parsed.
 */
public final class QuestionAnalyser {

    private static final Map<String, Asked> WH = Map.of("what", Asked.WHAT, "why", Asked.WHY, "how", Asked.HOW,
            "where", Asked.WHERE, "who", Asked.WHO, "whom", Asked.WHO, "whose", Asked.WHO, "which", Asked.WHICH);
    private static final Set<String> YES_NO = Set.of("is", "are", "was", "were", "do", "does", "did", "can",
            "could", "will", "would", "has", "have", "had", "should", "may", "might");
    private static final Set<String> CONNECTIVES = Set.of("after", "before", "when", "while", "whilst", "as",
            "during", "until", "till", "once");
    /** Connectives that are also prepositions: "run after the ball" has no clause after "after". */
    private static final Set<String> PREPOSITION_CONNECTIVES = Set.of("after", "before", "until", "till", "once");

    /** Parses kept per question text: eval, export and explain plan the same questions again. */
    private static final int CACHE_LIMIT = 200_000;

    private final Lemmatizer lemmatizer;
    private final ClauseReader clauses;
    private final Map<String, QuestionParse> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private QuestionAnalyser(Lemmatizer lemmatizer, Synonyms synonyms) {
        this.lemmatizer = lemmatizer;
        this.clauses = new ClauseReader(lemmatizer, synonyms);
    }

    private static final QuestionAnalyser STANDARD = new QuestionAnalyser(Lemmatizer.shared(), Synonyms.standard());

    /** The process-wide analyser (thread-safe). */
    public static QuestionAnalyser standard() {
        return STANDARD;
    }

    /** Drops the kept parses, so that the next {@link #parse} of every question runs the tagger again (benchmarks). */
    public void forgetParses() {
        cache.clear();
    }

    /** The analysis of one question; never null, {@code parsed} false when it has no known form. */
    public QuestionParse parse(String question) {
        QuestionParse known = cache.get(question);
        if (known != null) {
            return known;
        }
        QuestionParse p = analyse(question);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(question, p);
        }
        return p;
    }

    private QuestionParse analyse(String question) {
        List<String> words = Grounder.words(question);
        if (words.isEmpty()) {
            return failed();
        }
        List<String> tags = QuestionTagger.tags(forTagger(words));
        Asked asked = asked(words);
        if (asked == null) {
            return failed();
        }
        boolean[] removed = new boolean[words.size()];
        Part part = PartPhrases.find(words, tags, removed);
        int split = connective(words, tags, removed, asked);
        int end = words.size();
        Clause main = clause(words, tags, removed, 0, split < 0 ? end : split);
        Clause temporal = split < 0 ? null : clause(words, tags, removed, split + 1, end);
        if (temporal != null && temporal.subject() == null && main.subject() != null) {
            // "what does the dog do after going to the cushion": the temporal clause shares the subject
            temporal = new Clause(main.subject(), temporal.verb(), temporal.object(), temporal.lemmas());
        }
        if (main.isEmpty() && (temporal == null || temporal.isEmpty())) {
            return new QuestionParse(asked, main, null, null, part, false);
        }
        String connective = split < 0 ? null : words.get(split);
        return new QuestionParse(asked, main, connective, temporal == null || temporal.isEmpty() ? null : temporal,
                part, true);
    }

    /**
     * The words as the tagger was trained to see them: NExT-QA writes the possessive "the man's face" as "the man
     * s face", and a bare "s" makes the tagger read "face" as a verb.
     */
    private static List<String> forTagger(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 1; i < out.size(); i++) {
            if ("s".equals(out.get(i))) {
                out.set(i, "'s");
            }
        }
        return out;
    }

    private static QuestionParse failed() {
        return new QuestionParse(null, new Clause(null, null, null, List.of()), null, null, null, false);
    }

    static Asked asked(List<String> words) {
        String first = words.get(0);
        if ("how".equals(first) && words.size() > 1 && Set.of("many", "much").contains(words.get(1))) {
            return Asked.HOW_MANY;
        }
        if (WH.containsKey(first)) {
            return WH.get(first);
        }
        if (YES_NO.contains(first)) {
            return Asked.YES_NO;
        }
        for (String w : words) { // "the man did what", "in the video why ..."
            if (WH.containsKey(w)) {
                return WH.get(w);
            }
        }
        return null;
    }

    /** Index of the first temporal connective after the asked words, or -1. */
    private int connective(List<String> words, List<String> tags, boolean[] removed, Asked asked) {
        for (int i = 1; i < words.size() - 1; i++) {
            String w = words.get(i);
            if (removed[i] || !CONNECTIVES.contains(w)) {
                continue;
            }
            if (("when".equals(w) || "while".equals(w)) && i == 0) {
                continue;
            }
            if ("as".equals(w) && !introducesClause(words, tags, i)) {
                continue;
            }
            if (PREPOSITION_CONNECTIVES.contains(w) && !verbFollows(words, tags, i)) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /** Whether a verb follows position {@code i} before the next connective: "after the girl threw it", "after leaving". */
    private boolean verbFollows(List<String> words, List<String> tags, int i) {
        for (int j = i + 1; j < words.size() && !CONNECTIVES.contains(words.get(j)); j++) {
            String tag = tags.get(j);
            String w = words.get(j);
            boolean afterSubject = Set.of("NOUN", "PROPN", "PRON").contains(tags.get(j - 1)) && j - 1 > i;
            if ("VERB".equals(tag) || "AUX".equals(tag) || w.endsWith("ing")
                    || !ClauseReader.PARTICLES.contains(w) && verbAfterConnective(w, afterSubject)) {
                return true;
            }
        }
        return false;
    }

    /** "after the girl point(s)", "after the dance": a verb; "after the ball", "after their presentation": no verb. */
    private boolean verbAfterConnective(String word, boolean afterSubject) {
        Lemmatizer.VerbUse use = lemmatizer.verbUse(word);
        return use == Lemmatizer.VerbUse.USUAL || use == Lemmatizer.VerbUse.EVEN
                || afterSubject && use == Lemmatizer.VerbUse.RARE;
    }

    /** "as the girl ran" is a connective; "as well", "such as", "as a gift", "dressed as a clown" are not. */
    private static boolean introducesClause(List<String> words, List<String> tags, int i) {
        String before = words.get(i - 1);
        String after = words.get(i + 1);
        if (Set.of("such", "same", "as", "so", "dressed").contains(before)
                || Set.of("well", "if", "though", "a", "an", "much", "many", "soon", "long", "far").contains(after)) {
            return false;
        }
        for (int j = i + 1; j < words.size(); j++) {
            if ("VERB".equals(tags.get(j)) || "AUX".equals(tags.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** The clause of the words in {@code [from, to)} that are not taken out, asked words and "how many" left out. */
    private Clause clause(List<String> words, List<String> tags, boolean[] removed, int from, int to) {
        List<Integer> idx = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            boolean counted = ("many".equals(w) || "much".equals(w)) && i > 0 && "how".equals(words.get(i - 1))
                    || ("times".equals(w) || "time".equals(w)) && i > 0 && "many".equals(words.get(i - 1));
            if (!removed[i] && !WH.containsKey(w) && !"how".equals(w) && !counted) {
                idx.add(i);
            }
        }
        return clauses.read(words, tags, idx);
    }
}
