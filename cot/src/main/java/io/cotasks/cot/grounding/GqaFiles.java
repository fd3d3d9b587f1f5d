package io.cotasks.cot.grounding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.store.CotasksException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes NExT-GQA prediction files (the ground truth, {@code gsub_*.json}, is read by
 * {@link io.cotasks.datasets.nextqa.GqaSpans}).
 */
public final class GqaFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GqaFiles() {
    }

    /** Writes predictions as {@code {"video_qid": [begin, end]}}. */
    public static void writePredictions(Path file, Map<String, double[]> predictions) {
        ObjectNode root = JSON.createObjectNode();
        predictions.forEach((k, v) -> root.putArray(k).add(round(v[0])).add(round(v[1])));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new CotasksException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
