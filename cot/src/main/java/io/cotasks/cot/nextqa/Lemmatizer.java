package io.cotasks.cot.nextqa;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English lemmas from WordNet 3.0's morphology (extjwnl's {@code morphy}: exception lists plus suffix rules),
 * so "threw" becomes "throw", "men" becomes "man" and "playing" becomes "play". Results are cached; the
 * dictionary is loaded once from the classpath.
 */
public final class Lemmatizer {

    private static final String RESOURCE = "/net/sf/extjwnl/data/wordnet/wn30/res_properties.xml";
    private static volatile Lemmatizer shared;

    private final Dictionary dictionary;
    private final Map<String, String> nouns = new ConcurrentHashMap<>();
    private final Map<String, String> verbs = new ConcurrentHashMap<>();

    private Lemmatizer(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The process-wide lemmatizer. */
    public static Lemmatizer shared() {
        if (shared == null) {
            synchronized (Lemmatizer.class) {
                if (shared == null) {
                    try {
                        shared = new Lemmatizer(Dictionary.getResourceInstance(RESOURCE));
                    } catch (JWNLException e) {
                        throw new IllegalStateException("cannot load WordNet from the classpath: " + e.getMessage(), e);
                    }
                }
            }
        }
        return shared;
    }

    /** The noun lemma of a word (the word itself when WordNet does not know it). */
    public String noun(String word) {
        return nouns.computeIfAbsent(word, w -> base(POS.NOUN, w));
    }

    /** The verb lemma of a word (the word itself when WordNet does not know it). */
    public String verb(String word) {
        return verbs.computeIfAbsent(word, w -> base(POS.VERB, w));
    }

    private final Map<String, List<String>> nounForms = new ConcurrentHashMap<>();

    /**
     * Every noun reading of a word, the word first: "men" is a WordNet noun itself and the plural of "man",
     * so both are tried against the vocabulary.
     */
    public List<String> nounForms(String word) {
        return nounForms.computeIfAbsent(word, w -> {
            java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
            out.add(w);
            synchronized (this) {
                try {
                    out.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, w));
                } catch (JWNLException e) {
                    // keep the word itself
                }
            }
            return List.copyOf(out);
        });
    }

    private final Map<String, java.util.Set<String>> verbRelatives = new ConcurrentHashMap<>();

    /**
     * The verb lemmas WordNet puts in a synset of this verb or in a direct hypernym of one ("look" ->
     * watch, see, ...; "stroke" -> touch): a predicate named by one of them is the verb's predicate.
     */
    public java.util.Set<String> verbRelatives(String lemma) {
        return fromSenses(verbRelatives, POS.VERB, lemma, (senses, out) -> {
            for (net.sf.extjwnl.data.Synset s : senses) {
                s.getWords().forEach(x -> out.add(x.getLemma().toLowerCase(java.util.Locale.ROOT)));
                for (net.sf.extjwnl.data.Pointer p : s.getPointers(net.sf.extjwnl.data.PointerType.HYPERNYM)) {
                    p.getTargetSynset().getWords().forEach(x -> out.add(x.getLemma().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        });
    }

    /** Collects from a word's WordNet senses into {@code out}; may fail on an unreadable synset. */
    private interface SenseReader {
        void read(List<net.sf.extjwnl.data.Synset> senses, java.util.Set<String> out) throws JWNLException;
    }

    /** Reads once per lemma and caches what {@code reader} collects from its senses (nothing when WordNet fails). */
    private java.util.Set<String> fromSenses(Map<String, java.util.Set<String>> cache, POS pos, String lemma,
                                             SenseReader reader) {
        return cache.computeIfAbsent(lemma, w -> {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            synchronized (this) {
                try {
                    net.sf.extjwnl.data.IndexWord word = dictionary.getIndexWord(pos, w);
                    if (word != null) {
                        reader.read(word.getSenses(), out);
                    }
                } catch (JWNLException e) {
                    // nothing read
                }
            }
            return java.util.Set.copyOf(out);
        });
    }

    private final Map<String, java.util.Set<String>> nounKinds = new ConcurrentHashMap<>();

    /**
     * What a noun is a kind of, by WordNet: the lemmas of its most frequent sense and of all its
     * hypernyms ("bull" -> cattle, bovine, ...; "plane" -> airplane, aircraft, ...). A question noun names a
     * graph category that is one of these ({@link #namesCategory}).
     */
    public java.util.Set<String> nounKinds(String lemma) {
        return fromSenses(nounKinds, POS.NOUN, lemma, (senses, out) -> senses.stream().limit(1)
                .forEach(s -> addAncestors(s, out, 0)));
    }

    private static void addAncestors(net.sf.extjwnl.data.Synset synset, java.util.Set<String> out, int depth) {
        synset.getWords().forEach(x -> out.add(x.getLemma().toLowerCase(java.util.Locale.ROOT).replace(' ', '_')));
        if (depth < 12) {
            for (net.sf.extjwnl.data.Pointer p : synset.getPointers(net.sf.extjwnl.data.PointerType.HYPERNYM)) {
                try {
                    addAncestors(p.getTargetSynset(), out, depth + 1);
                } catch (JWNLException e) {
                    // an unreadable pointer adds nothing
                }
            }
        }
    }

    /** How often WordNet's sense-tagged corpus (SemCor) uses a word as a verb, against its use as a noun. */
    public enum VerbUse {
        /** never as a verb: "presentation", "girl" */
        NEVER,
        /** less often as a verb than as a noun: "ball", "face", "dress" */
        RARE,
        /** at least as often as a verb: "dance", "fall" */
        EVEN,
        /** at least twice as often as a verb as as a noun: "kneel", "jump", "reach", "yawning" */
        USUAL
    }

    private final Map<String, VerbUse> verbUse = new ConcurrentHashMap<>();

    /**
     * The word's {@link VerbUse}, counted over all its base forms ("hands" counts as "hands" and "hand"). Used where
     * the question's grammar expects a verb and the tagger, trained on cased and punctuated text, said noun.
     */
    public VerbUse verbUse(String word) {
        return verbUse.computeIfAbsent(word, w -> {
            int verb = uses(POS.VERB, w);
            int noun = uses(POS.NOUN, w);
            return verb == 0 ? VerbUse.NEVER : verb > 2 * noun ? VerbUse.USUAL : verb >= noun ? VerbUse.EVEN : VerbUse.RARE;
        });
    }

    private synchronized int uses(POS pos, String word) {
        try {
            java.util.Set<String> lemmas = new java.util.LinkedHashSet<>();
            lemmas.add(word);
            lemmas.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word));
            int count = 0;
            for (String lemma : lemmas) {
                net.sf.extjwnl.data.IndexWord index = dictionary.getIndexWord(pos, lemma);
                if (index == null) {
                    continue;
                }
                for (net.sf.extjwnl.data.Synset s : index.getSenses()) {
                    for (net.sf.extjwnl.data.Word w : s.getWords()) {
                        if (w.getLemma().equalsIgnoreCase(index.getLemma())) {
                            count += w.getUseCount();
                        }
                    }
                }
            }
            return count;
        } catch (JWNLException e) {
            return 0;
        }
    }

    /** True when the noun is, by WordNet, a kind of the category ({@code cattle/cow}: of cattle or of cow). */
    public boolean namesCategory(String lemma, String category) {
        java.util.Set<String> kinds = nounKinds(lemma);
        for (String part : category.split("/")) {
            if (kinds.contains(part) || kinds.contains(noun(part))) {
                return true;
            }
        }
        return false;
    }

    private synchronized String base(POS pos, String word) {
        try {
            List<String> forms = dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word);
            if (forms.isEmpty()) {
                return word;
            }
            // morphy lists the word itself first when it is a base form ("saw" as a noun); prefer a
            // different base form for verbs so that "saw" -> "see", but keep known nouns as they are.
            if (pos == POS.VERB) {
                return forms.stream().filter(f -> !f.equals(word)).findFirst().orElse(forms.get(0));
            }
            return forms.contains(word) ? word : forms.get(0);
        } catch (JWNLException e) {
            return word;
        }
    }
}
