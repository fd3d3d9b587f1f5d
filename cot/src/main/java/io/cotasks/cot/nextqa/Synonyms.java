package io.cotasks.cot.nextqa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shipped table from question words to graph vocabulary ({@code synonyms.tsv}, see its header). */
public final class Synonyms {

    private static final Synonyms DEFAULT = load();

    /** Heads of spatial predicates, which WordNet's verb senses must not match ("next", "behind"). */
    static final Set<String> SPATIAL_HEADS = Set.of("next", "in", "behind", "above", "beneath", "away",
            "towards", "inside", "left", "right", "on", "under", "front");

    private final Map<String, List<String>> nouns;
    private final Map<String, List<String>> verbs;
    private final Set<String> colours;

    private Synonyms(Map<String, List<String>> nouns, Map<String, List<String>> verbs, Set<String> colours) {
        this.nouns = nouns;
        this.verbs = verbs;
        this.colours = colours;
    }

    public static Synonyms standard() {
        return DEFAULT;
    }

    /** Categories a noun lemma may name; the lemma itself when the table has no entry. */
    public List<String> categories(String lemma) {
        return nouns.getOrDefault(lemma, List.of(lemma));
    }

    /** Predicates a verb lemma may name; the lemma itself when the table has no entry. */
    public List<String> predicates(String lemma) {
        return verbs.getOrDefault(lemma, List.of(lemma));
    }

    /** True when the table maps this noun lemma to categories. */
    public boolean hasNoun(String lemma) {
        return nouns.containsKey(lemma);
    }

    /** True when the table maps this verb lemma to predicates. */
    public boolean isVerb(String lemma) {
        return verbs.containsKey(lemma);
    }

    public boolean isColour(String word) {
        return colours.contains(word);
    }

    private static Synonyms load() {
        Map<String, List<String>> nouns = new HashMap<>();
        Map<String, List<String>> verbs = new HashMap<>();
        Set<String> colours = new HashSet<>();
        try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "noun" -> nouns.put(f[1], List.of(f[2].split("\\|")));
                    case "verb" -> verbs.put(f[1], List.of(f[2].split("\\|")));
                    case "colour" -> colours.add(f[1]);
                    default -> throw new IllegalStateException("synonyms.tsv: unknown kind " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Synonyms(Map.copyOf(nouns), Map.copyOf(verbs), Set.copyOf(colours));
    }
}
