package io.cotasks.cot.nextqa;

import io.cotasks.cot.VideoFacts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Grounds a question's words in one video's vocabulary: nouns (lemmatized, plurals included) through the
 * synonym table to the categories present, verbs (lemmatized) to the predicates present, colours kept as
 * modifiers. Nothing absent from the video is ever returned.
 */
public final class Grounder {

    private static final Set<String> STOP = Set.of(
            "what", "why", "how", "who", "whom", "where", "when", "which", "whose", "does", "do", "did", "is",
            "are", "was", "were", "be", "been", "being", "the", "a", "an", "of", "in", "on", "at", "to", "for",
            "with", "and", "or", "after", "before", "while", "during", "as", "by", "from", "up", "down", "out",
            "into", "onto", "off", "over", "end", "beginning", "start", "video", "there", "this", "that",
            "these", "those", "it", "its", "his", "her", "their", "they", "them", "he", "she", "him", "many",
            "much", "some", "any", "all", "near", "then", "first", "finally", "next", "happen", "happened",
            "doing", "s", "front", "behind", "around", "about", "other", "another", "one", "two", "three",
            "has", "have", "had", "not", "so", "can", "will", "would", "could", "just", "still", "again",
            "also", "very", "way", "back", "himself", "herself", "themselves", "each");

    private final Lemmatizer lemmatizer;
    private final Synonyms synonyms;

    private Grounder(Lemmatizer lemmatizer, Synonyms synonyms) {
        this.lemmatizer = lemmatizer;
        this.synonyms = synonyms;
    }

    public static Grounder standard() {
        return new Grounder(Lemmatizer.shared(), Synonyms.standard());
    }

    /** Lower-case word tokens of a text. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Grounds the words of {@code text} in the vocabulary of {@code facts}. */
    public Grounding ground(String text, VideoFacts facts) {
        Set<String> categories = facts.categories();
        Set<String> predicates = facts.predicates();
        List<Grounding.Term> entities = new ArrayList<>();
        List<Grounding.Term> events = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        List<String> ungrounded = new ArrayList<>();
        for (String word : words(text)) {
            if (synonyms.isColour(word)) {
                modifiers.add(word);
                continue;
            }
            if (STOP.contains(word)) {
                continue;
            }
            boolean found = false;
            for (String noun : lemmatizer.nounForms(word)) {
                List<String> cats = present(synonyms.categories(noun), categories);
                if (!cats.isEmpty()) {
                    entities.add(new Grounding.Term(word, noun, cats));
                    found = true;
                    break;
                }
            }
            if (!found && !STOP.contains(word)) {
                List<String> cats = byWordNet(word, categories);
                if (!cats.isEmpty()) {
                    entities.add(new Grounding.Term(word, lemmatizer.noun(word), cats));
                    found = true;
                }
            }
            String verb = lemmatizer.verb(word);
            List<String> preds = present(expand(verb, predicates), predicates);
            if (!preds.isEmpty()) {
                events.add(new Grounding.Term(word, verb, preds));
                found = true;
            }
            if (!found) {
                ungrounded.add(word);
            }
        }
        return new Grounding(dedupe(entities), dedupe(events), modifiers, ungrounded);
    }

    /** The present categories a noun outside the synonym table is a kind of, by WordNet ("bull" -> cattle/cow). */
    private List<String> byWordNet(String word, Set<String> categories) {
        String noun = lemmatizer.noun(word);
        if (synonyms.hasNoun(noun)) {
            return List.of();
        }
        return categories.stream().filter(c -> lemmatizer.namesCategory(noun, c)).sorted().toList();
    }

    private List<String> expand(String lemma, Set<String> predicates) {
        Set<String> out = new LinkedHashSet<>(synonyms.predicates(lemma));
        for (String p : predicates) {
            if (p.startsWith(lemma + "_") || p.startsWith(lemma + "(")) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> present(List<String> names, Set<String> vocabulary) {
        return names.stream().filter(vocabulary::contains).distinct().toList();
    }

    private static List<Grounding.Term> dedupe(List<Grounding.Term> terms) {
        List<Grounding.Term> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Grounding.Term t : terms) {
            if (seen.add(t.word())) {
                out.add(t);
            }
        }
        return out;
    }
}
