package io.cotasks.datasets.nextqa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.CotasksException;
import io.cotasks.store.model.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * NExT-GQA's ground truth ({@code gsub_val.json}, {@code gsub_test.json}): per video its duration and fps, and
 * per question id the answer's time spans in seconds. A malformed file is rejected with the JSON path of the
 * first bad value.
 *
 * @param videos video id -> its spans, in file order
 */
public record GqaSpans(Map<String, Video> videos) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One video's entry.
     *
     * @param duration the video's length in seconds (0 when absent)
     * @param fps      its frame rate (0 when absent)
     * @param byQid    question id -> answer spans, in file order
     */
    public record Video(double duration, double fps, Map<String, List<Span>> byQid) {
        public Video {
            byQid = Map.copyOf(byQid);
        }
    }

    public GqaSpans {
        videos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(videos));
    }

    /** No spans (an MC or OE file, or a GQA file without its gsub JSON). */
    public static GqaSpans none() {
        return new GqaSpans(Map.of());
    }

    /** The answer spans of one question, empty when the file has none for it. */
    public List<Span> of(String videoId, String qid) {
        Video v = videos.get(videoId);
        return v == null ? List.of() : v.byQid().getOrDefault(qid, List.of());
    }

    /** The video's frame rate from the gsub file, or 0 when unknown. */
    public double fps(String videoId) {
        Video v = videos.get(videoId);
        return v == null ? 0 : v.fps();
    }

    /** Reads one gsub JSON file. */
    public static GqaSpans read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new CotasksException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON");
        } catch (IOException e) {
            throw new CotasksException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new CotasksException(file + ": $: expected an object keyed by video id");
        }
        Map<String, Video> videos = new LinkedHashMap<>();
        root.fields().forEachRemaining(v -> videos.put(v.getKey(), video(file, "$['" + v.getKey() + "']", v.getValue())));
        return new GqaSpans(videos);
    }

    /**
     * The gsub files next to a GQA CSV (every {@code *gsub*.json} in its folder, in name order; the first
     * entry of a video wins), as ingest finds them; none when there are none.
     */
    public static GqaSpans nextTo(Path csv) {
        Path folder = csv.toAbsolutePath().getParent();
        Map<String, Video> videos = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(GqaSpans::isGsub).sorted().toList()) {
                read(p).videos().forEach(videos::putIfAbsent);
            }
        } catch (IOException e) {
            throw new CotasksException(csv + ": cannot list its folder for gsub files (" + e.getClass().getSimpleName() + ")");
        }
        return new GqaSpans(videos);
    }

    private static boolean isGsub(Path p) {
        String name = p.getFileName().toString();
        return name.contains("gsub") && name.endsWith(".json") && Files.isRegularFile(p);
    }

    private static Video video(Path file, String path, JsonNode node) {
        JsonNode location = node.get("location");
        if (location == null || !location.isObject()) {
            throw new CotasksException(file + ": " + path + ".location: missing");
        }
        Map<String, List<Span>> byQid = new LinkedHashMap<>();
        location.fields().forEachRemaining(q -> byQid.put(q.getKey(),
                spans(file, path + ".location['" + q.getKey() + "']", q.getValue())));
        return new Video(number(file, path + ".duration", node.get("duration")), number(file, path + ".fps", node.get("fps")),
                byQid);
    }

    private static List<Span> spans(Path file, String path, JsonNode node) {
        if (!node.isArray()) {
            throw new CotasksException(file + ": " + path + ": expected a list of [begin, end]");
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            if (!s.isArray() || s.size() != 2 || !s.get(0).isNumber() || !s.get(1).isNumber()
                    || s.get(1).asDouble() < s.get(0).asDouble()) {
                throw new CotasksException(file + ": " + path + "[" + i + "]: expected [begin, end]");
            }
            out.add(new Span(s.get(0).asDouble(), s.get(1).asDouble()));
        }
        return List.copyOf(out);
    }

    private static double number(Path file, String path, JsonNode node) {
        if (node == null) {
            return 0;
        }
        if (!node.isNumber()) {
            throw new CotasksException(file + ": " + path + ": expected a number");
        }
        return node.asDouble();
    }
}
