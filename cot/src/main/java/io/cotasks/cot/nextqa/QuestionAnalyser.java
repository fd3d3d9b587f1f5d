package io.cotasks.cot.nextqa;

import io.cotasks.cot.nextqa.QuestionParse.Asked;
import io.cotasks.cot.nextqa.QuestionParse.Clause;
import io.cotasks.cot.nextqa.QuestionParse.Part;
import io.cotasks.cot.nextqa.QuestionParse.Phrase;

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
    /** Verbs that name no event ("what did the man do", "what happened"). */
    private static final Set<String> GENERIC_VERBS = Set.of("do", "happen", "be", "have", "try", "seem", "get",
            "start", "begin", "continue", "keep", "manage", "feel", "react", "respond", "pretend", "want", "need",
            "decide", "attempt");
    private static final Set<String> NOT_CONTENT = Set.of("video", "clip", "time", "way", "thing", "something",
            "anything", "end", "beginning", "start", "middle", "while", "moment", "part", "s", "one", "other",
            "another", "side", "lot", "bit");
    private static final Set<String> POSITION_WORDS = Set.of("left", "right", "middle", "front", "back", "top",
            "bottom", "center", "centre", "far", "near", "other", "first", "second", "third", "fourth", "last",
            "big", "small", "little", "tall", "short", "young", "old");
    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
    private static final Set<String> ATTRIBUTE_PREPOSITIONS = Set.of("in", "with", "wearing", "on");
    /** Connectives that are also prepositions: "run after the ball" has no clause after "after". */
    private static final Set<String> PREPOSITION_CONNECTIVES = Set.of("after", "before", "until", "till", "once");
    /** Particles and prepositions WordNet also knows as rare verbs ("up", "down", "back"). */
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "in", "on", "at", "over",
            "under", "back", "by", "to", "from", "with", "into", "onto", "around", "through", "across", "along",
            "near", "behind", "away", "about", "for", "of");

    /** How a question clause puts its subject before the verb: "why did the baby reach", "why is the kid yawning". */
    private enum Inversion { DO, BE, NONE }

    /** Parses kept per question text: eval, export and explain plan the same questions again. */
    private static final int CACHE_LIMIT = 200_000;

    private final Lemmatizer lemmatizer;
    private final Synonyms synonyms;
    private final Map<String, QuestionParse> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private QuestionAnalyser(Lemmatizer lemmatizer, Synonyms synonyms) {
        this.lemmatizer = lemmatizer;
        this.synonyms = synonyms;
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
                    || !PARTICLES.contains(w) && verbAfterConnective(w, afterSubject)) {
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
        Inversion inversion = inversion(words, idx);
        int p = 0;
        Phrase subject = null;
        String verb = null;
        Phrase object = null;
        List<String> lemmas = new ArrayList<>();
        boolean verbSlot = false; // a verb was read, possibly a generic one ("what did the man do with ...")
        int subjectEnd = 0;
        while (p < idx.size()) {
            int i = idx.get(p);
            String w = words.get(i);
            String tag = tags.get(i);
            if (p == 0 && gerund(w)) {
                // "after touching his ears", "while walking": the clause opens with its verb
                verbSlot = true;
                verb = GENERIC_VERBS.contains(lemmatizer.verb(w)) ? null : lemmatizer.verb(w);
                content(w, "VERB", lemmas);
                p++;
                continue;
            }
            if (isNounLike(words, tags, i) && (subject == null || verb != null && object == null)) {
                int[] next = {p};
                Phrase phrase = phrase(words, tags, idx, next, subject == null ? inversion : Inversion.NONE);
                if (subject == null && verb == null) {
                    subject = phrase;
                    subjectEnd = next[0];
                } else if (object == null && verb != null) {
                    object = phrase;
                }
                for (int k = p; k < next[0]; k++) {
                    content(words.get(idx.get(k)), tags.get(idx.get(k)), lemmas);
                }
                p = next[0];
                continue;
            }
            boolean inverted = subject != null && !verbSlot && !inNounPhrase(words, tags, idx, subjectEnd, p)
                    && invertedVerb(w, tag, inversion);
            if (verb == null && (isVerbLike(w, tag) || inverted)) {
                verbSlot = true;
                String lemma = lemmatizer.verb(w);
                if (!GENERIC_VERBS.contains(lemma)) {
                    verb = lemma;
                }
            }
            content(w, tag, lemmas);
            p++;
        }
        return new Clause(subject, verb, object, lemmas);
    }

    /**
     * Whether a determiner, pronoun or preposition stands between the subject phrase (ending before
     * {@code idx[from]}) and the word at {@code idx[p]}: then the word is in a noun phrase ("in the striped dress").
     */
    private static boolean inNounPhrase(List<String> words, List<String> tags, List<Integer> idx, int from, int p) {
        for (int k = p - 1; k >= from; k--) {
            String w = words.get(idx.get(k));
            if (Set.of("DET", "ADP", "PRON", "SCONJ").contains(tags.get(idx.get(k))) || PARTICLES.contains(w)
                    || "s".equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** An -ing form used at least as often as a verb as as a noun ("touching", "turning"; not "clothing"). */
    private boolean gerund(String word) {
        Lemmatizer.VerbUse use = lemmatizer.verbUse(word);
        return word.endsWith("ing") && (use == Lemmatizer.VerbUse.USUAL || use == Lemmatizer.VerbUse.EVEN);
    }

    /** DO for a clause opening with do/does/did, BE for is/are/was/were, NONE otherwise. */
    private static Inversion inversion(List<String> words, List<Integer> idx) {
        if (idx.isEmpty()) {
            return Inversion.NONE;
        }
        String first = words.get(idx.get(0));
        if (Set.of("do", "does", "did").contains(first)) {
            return Inversion.DO;
        }
        return Set.of("is", "are", "was", "were", "am").contains(first) ? Inversion.BE : Inversion.NONE;
    }

    /**
     * In an inverted question the subject is followed by the verb, whatever the tagger said: the bare verb after
     * "did the woman" ("kneel", "jump"), the -ing form after "is the kid" ("yawning"), when WordNet's corpus counts
     * use the word more as a verb than as a noun.
     */
    private boolean invertedVerb(String word, String tag, Inversion inversion) {
        if (inversion == Inversion.NONE || PARTICLES.contains(word) || POSITION_WORDS.contains(word)
                || !Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADP").contains(tag)) {
            return false;
        }
        return (inversion == Inversion.DO || word.endsWith("ing")) && lemmatizer.verbUse(word) == Lemmatizer.VerbUse.USUAL;
    }

    private boolean isNounLike(List<String> words, List<String> tags, int i) {
        String tag = tags.get(i);
        if (NOUN_TAGS.contains(tag)) {
            return true;
        }
        // a colour or ordinal before a noun opens the noun phrase ("the white dog", "the second man")
        return ("ADJ".equals(tag) || "NUM".equals(tag)) && i + 1 < words.size() && NOUN_TAGS.contains(tags.get(i + 1));
    }

    /** A verb, or a word the tagger took for a noun that the synonym table knows as a verb ("hold", "feel"). */
    private boolean isVerbLike(String word, String tag) {
        if ("VERB".equals(tag)) {
            return true;
        }
        String lemma = lemmatizer.verb(word);
        return "NOUN".equals(tag) && (synonyms.isVerb(lemma) || GENERIC_VERBS.contains(lemma));
    }

    /**
     * A noun phrase starting at {@code idx[at[0]]}: modifiers, the head noun (the last of the first run of
     * nouns), then "in white", "with a red hat", "wearing glasses", "on the left" as attributes. Moves
     * {@code at[0]} past it.
     */
    private Phrase phrase(List<String> words, List<String> tags, List<Integer> idx, int[] at, Inversion inversion) {
        List<String> attributes = new ArrayList<>();
        String head = null;
        int p = at[0];
        while (p < idx.size()) {
            int i = idx.get(p);
            String tag = tags.get(i);
            String w = words.get(i);
            if (NOUN_TAGS.contains(tag)) {
                if (head != null && (isVerbLike(w, tag) || invertedVerb(w, tag, inversion))) {
                    break; // "the baby feel", "the man in white hold": the tagger's noun is the verb
                }
                if (head != null && synonyms.isColour(head)) {
                    attributes.add(head);
                } else if (head != null) {
                    attributes.add(head); // "the toy car": the last noun is the head
                }
                head = lemmatizer.noun(w);
                p++;
            } else if (head == null && ("ADJ".equals(tag) || "NUM".equals(tag))) {
                attributes.add(w);
                p++;
            } else {
                break;
            }
        }
        // trailing attributes: "in white", "in a red shirt", "with glasses", "on the left"
        while (p + 1 < idx.size() && ATTRIBUTE_PREPOSITIONS.contains(words.get(idx.get(p)))) {
            int q = p + 1;
            List<String> described = new ArrayList<>();
            while (q < idx.size() && Set.of("DET", "ADJ", "NOUN", "NUM", "PROPN").contains(tags.get(idx.get(q)))) {
                String w = words.get(idx.get(q));
                if (!"DET".equals(tags.get(idx.get(q)))) {
                    described.add(w);
                }
                q++;
            }
            int taken = 0;
            while (taken < described.size() && isAttribute(described.get(taken))) {
                taken++;
            }
            if (taken == 0) {
                break;
            }
            attributes.addAll(described.subList(0, taken));
            if (taken < described.size()) {
                // "in white hold": the attribute ends where a word that is not one begins
                int seen = 0;
                q = p + 1;
                while (seen < taken || "DET".equals(tags.get(idx.get(q)))) {
                    if (!"DET".equals(tags.get(idx.get(q)))) {
                        seen++;
                    }
                    q++;
                }
            }
            p = q;
        }
        at[0] = p;
        return new Phrase(head == null ? attributes.remove(attributes.size() - 1) : head, attributes);
    }

    private boolean isAttribute(String w) {
        return synonyms.isColour(w) || POSITION_WORDS.contains(w)
                || lemmatizer.nounForms(w).stream().map(lemmatizer::noun).anyMatch(Clothing::isClothing);
    }

    private void content(String word, String tag, List<String> out) {
        String lemma = switch (tag) {
            case "NOUN", "PROPN" -> lemmatizer.noun(word);
            case "VERB" -> lemmatizer.verb(word);
            case "ADJ", "NUM" -> word;
            default -> null;
        };
        if (lemma != null && !NOT_CONTENT.contains(lemma) && !GENERIC_VERBS.contains(lemma) && !out.contains(lemma)) {
            out.add(lemma);
        }
    }
}
