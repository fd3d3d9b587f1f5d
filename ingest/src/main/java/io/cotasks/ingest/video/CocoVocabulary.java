package io.cotasks.ingest.video;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * COCO's 80 detection classes and the scene-graph category each one is written as, from the shipped table
 * {@code io/cotasks/ingest/models/coco-vocabulary.tsv} (one table: the detectors, {@code --classes} and the
 * evaluation all read it).
 */
public final class CocoVocabulary {

    private static final CocoVocabulary STANDARD = load();

    private final List<String> coco;
    private final List<String> graph;

    private CocoVocabulary(List<String> coco, List<String> graph) {
        this.coco = coco;
        this.graph = graph;
    }

    /** The shipped table. */
    public static CocoVocabulary standard() {
        return STANDARD;
    }

    /** Number of classes (80). */
    public int size() {
        return coco.size();
    }

    /** The COCO name of class {@code index} (0-based, the models' order), e.g. "dining table". */
    public String cocoName(int index) {
        return coco.get(index);
    }

    /** The graph category of class {@code index}, e.g. "table". */
    public String category(int index) {
        return graph.get(index);
    }

    /** The graph category of a COCO name, or null when it is not a COCO class. */
    public String categoryOf(String cocoName) {
        int i = coco.indexOf(cocoName);
        return i < 0 ? null : graph.get(i);
    }

    /**
     * The graph categories that {@code names} (COCO names or graph categories, any case) select.
     *
     * @throws IllegalArgumentException naming the first name that is neither
     */
    public Set<String> categories(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (graph.contains(name)) {
                out.add(name);
            } else if (coco.contains(name)) {
                out.add(categoryOf(name));
            } else {
                throw new IllegalArgumentException("--classes: unknown class '" + raw.strip()
                        + "' (COCO names such as person, cup, dining table, or graph categories such as table)");
            }
        }
        return out;
    }

    private static CocoVocabulary load() {
        List<String> coco = new ArrayList<>();
        List<String> graph = new ArrayList<>();
        try (InputStream in = CocoVocabulary.class.getClassLoader()
                .getResourceAsStream(ShippedModel.RESOURCES + "coco-vocabulary.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (Integer.parseInt(f[0]) != coco.size()) {
                    throw new IllegalStateException("coco-vocabulary.tsv: index " + f[0] + " out of order");
                }
                coco.add(f[1]);
                graph.add(f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CocoVocabulary(List.copyOf(coco), List.copyOf(graph));
    }
}
