package io.cotasks.cot.grounding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.store.CotasksException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads NExT-GQA ground truth ({@code gsub_*.json}) and reads and writes prediction files. */
public final class GqaFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GqaFiles() {
    }

    /** {@code video -> qid -> segments} from a {@code gsub} file. */
    public static Map<String, Map<String, List<double[]>>> truth(Path file) {
        JsonNode root = tree(file);
        Map<String, Map<String, List<double[]>>> out = new LinkedHashMap<>();
        for (var video : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            JsonNode location = video.getValue().get("location");
            if (location == null || !location.isObject()) {
                throw new CotasksException(file + ": $['" + video.getKey() + "'].location: missing");
            }
            Map<String, List<double[]>> qs = new LinkedHashMap<>();
            for (var q : (Iterable<Map.Entry<String, JsonNode>>) location::fields) {
                List<double[]> segments = new ArrayList<>();
                int i = 0;
                for (JsonNode s : q.getValue()) {
                    if (!s.isArray() || s.size() != 2) {
                        throw new CotasksException(file + ": $['" + video.getKey() + "'].location['" + q.getKey()
                                + "'][" + i + "]: expected [begin, end]");
                    }
                    segments.add(new double[]{s.get(0).asDouble(), s.get(1).asDouble()});
                    i++;
                }
                qs.put(q.getKey(), segments);
            }
            out.put(video.getKey(), qs);
        }
        return out;
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

    private static JsonNode tree(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new CotasksException(file + ": $: expected an object keyed by video id");
            }
            return root;
        } catch (IOException e) {
            throw new CotasksException(file + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
