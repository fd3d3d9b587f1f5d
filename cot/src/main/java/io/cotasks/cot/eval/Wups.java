package io.cotasks.cot.eval;

import io.cotasks.datasets.nextqa.NextQaType;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * WUPS as the NExT-OE evaluation defines it: answers are lemmatized and stripped of stop words; count (DC)
 * and yes/no (DB) questions score 1 on an exact match and 0 otherwise; the others score
 * {@code min(wups(pred, truth), wups(truth, pred))}, a product over words of the best Wu-Palmer similarity
 * of each word's first WordNet sense, where similarities below the threshold count one tenth.
 * WUPS@0 uses threshold 0, WUPS@0.9 threshold 0.9.
 *
 * <p>One deliberate difference: NExT-OE lemmatizes with a part-of-speech tagger (pywsd); this class guesses
 * the part of speech from WordNet (verb for -ing/-ed words that have a verb base form, else noun, verb,
 * adjective), which agrees on the short phrases NExT-OE answers are.
 */
public final class Wups {

    private static final double DOWN_WEIGHT = 0.1;

    private final WordNet wordNet;
    private final Set<String> stopwords;

    private Wups(WordNet wordNet, Set<String> stopwords) {
        this.wordNet = wordNet;
        this.stopwords = stopwords;
    }

    /** Loads WordNet 3.0 from the classpath (a few seconds) and the stop-word list. */
    public static Wups load() {
        return new Wups(WordNet.load(), readStopwords());
    }

    /** The WUPS of a prediction against the correct answer for a question type, in [0, 1]. */
    public double score(String type, String prediction, String truth, double threshold) {
        List<String> pred = preprocess(prediction);
        List<String> gold = preprocess(truth);
        if (NextQaType.DC.is(type) || NextQaType.DB.is(type)) {
            return pred.equals(gold) ? 1.0 : 0.0;
        }
        try {
            return Math.min(wups(pred, gold, threshold), wups(gold, pred, threshold));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
        }
    }

    /** NExT-OE's {@code remove_stop}: lower-cased lemmas without stop words. */
    List<String> preprocess(String sentence) {
        List<String> words = new ArrayList<>();
        for (String token : Objects.requireNonNullElse(sentence, "").toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            String t = token.replaceAll("^'+|'+$", "");
            if (t.isEmpty()) {
                continue;
            }
            String lemma = lemma(t);
            if (!stopwords.contains(lemma) && !stopwords.contains(t)) {
                words.add(lemma);
            }
        }
        return words;
    }

    private String lemma(String word) {
        try {
            if (word.endsWith("ing") || word.endsWith("ed")) {
                String verb = wordNet.baseForm(POS.VERB, word);
                if (verb != null && !verb.equals(word)) {
                    return verb;
                }
            }
            for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
                String base = wordNet.baseForm(pos, word);
                if (base != null) {
                    return base;
                }
            }
            return word;
        } catch (JWNLException e) {
            return word;
        }
    }

    private double wups(List<String> words1, List<String> words2, double threshold) throws JWNLException {
        double product = 1.0;
        boolean any = false;
        for (String w1 : words1) {
            double best = 0;
            for (String w2 : words2) {
                best = Math.max(best, wup(w1, w2, threshold));
            }
            if (best == 0) {
                continue;
            }
            product *= best;
            any = true;
        }
        return any ? product : 0.0;
    }

    double wup(String word1, String word2, double threshold) throws JWNLException {
        if (word1.equals(word2)) {
            return 1.0;
        }
        WordNet.Node s1 = wordNet.firstSynset(word1);
        WordNet.Node s2 = s1 == null ? null : wordNet.firstSynset(word2);
        if (s1 == null || s2 == null) {
            return 0.0;
        }
        Double similarity = wordNet.wupSimilarity(s1, s2);
        double sim = similarity == null ? 0.0 : similarity;
        return sim < threshold ? DOWN_WEIGHT * sim : sim;
    }

    private static Set<String> readStopwords() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Wups.class.getResourceAsStream("stopwords.txt"), "stopwords.txt"),
                StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
