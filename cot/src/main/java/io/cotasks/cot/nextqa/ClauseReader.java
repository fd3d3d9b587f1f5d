package io.cotasks.cot.nextqa;

import io.cotasks.cot.nextqa.QuestionParse.Clause;
import io.cotasks.cot.nextqa.QuestionParse.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one clause of a NExT-QA question, given its words with POS tags: the subject phrase with its attributes
 * ("the man in white", "the second girl"), the verb (the grammar of an inverted question overriding the tagger,
 * see docs/cot.md) and the object phrase. {@link QuestionAnalyser} decides which words form the clause.
 */
final class ClauseReader {

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
    /** Particles and prepositions WordNet also knows as rare verbs ("up", "down", "back"). */
    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "in", "on", "at", "over",
            "under", "back", "by", "to", "from", "with", "into", "onto", "around", "through", "across", "along",
            "near", "behind", "away", "about", "for", "of");

    /** How a question clause puts its subject before the verb: "why did the baby reach", "why is the kid yawning". */
    private enum Inversion { DO, BE, NONE }

    private final Lemmatizer lemmatizer;
    private final Synonyms synonyms;

    ClauseReader(Lemmatizer lemmatizer, Synonyms synonyms) {
        this.lemmatizer = lemmatizer;
        this.synonyms = synonyms;
    }

    /**
     * Reads a clause from the words at {@code idx} (positions in {@code words} and {@code tags}): the subject
     * phrase, the verb (none when generic) and the object phrase, and the content lemmas.
     */
    Clause read(List<String> words, List<String> tags, List<Integer> idx) {
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
