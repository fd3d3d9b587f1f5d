package io.cotasks.ingest.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a valid VidOR annotation file whose boxes move on every frame, for {@code bench derive}: each
 * track drifts at up to 2 px per frame (bouncing off the 640x480 frame's edges), and its drawn box jitters
 * around that path by up to 15% of its size on every frame, so centre shifts and overlaps cross the
 * spatial thresholds again and again, as a jittery tracker's boxes do. Deterministic for a seed.
 */
final class SyntheticVidor {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final double FPS = 29.97;
    private static final List<String> CATEGORIES = List.of("adult", "child", "baby", "cat", "dog", "toy",
            "ball/sports_ball", "horse", "rabbit", "duck");
    private static final List<String> PREDICATES = List.of("next_to", "in_front_of", "behind", "watch", "hold");

    private SyntheticVidor() {
    }

    /** Writes video {@code videoId} with {@code tracks} tracks over {@code frames} frames to {@code file}. */
    static void write(Path file, String videoId, int tracks, int frames, long seed) {
        Random random = new Random(seed);
        double[][] track = new double[tracks][6]; // x, y, vx, vy, w, h
        for (double[] t : track) {
            t[4] = 50 + random.nextInt(100);
            t[5] = 50 + random.nextInt(100);
            t[0] = random.nextDouble() * (WIDTH - t[4]);
            t[1] = random.nextDouble() * (HEIGHT - t[5]);
            t[2] = random.nextDouble() * 4 - 2;
            t[3] = random.nextDouble() * 4 - 2;
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("video_id", videoId);
            json.writeNumberField("frame_count", frames);
            json.writeNumberField("fps", FPS);
            json.writeNumberField("width", WIDTH);
            json.writeNumberField("height", HEIGHT);
            json.writeArrayFieldStart("subject/objects");
            for (int t = 0; t < tracks; t++) {
                json.writeStartObject();
                json.writeNumberField("tid", t);
                json.writeStringField("category", CATEGORIES.get(t % CATEGORIES.size()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("trajectories");
            for (int f = 0; f < frames; f++) {
                json.writeStartArray();
                for (int t = 0; t < tracks; t++) {
                    box(json, t, track[t], random);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("relation_instances");
            for (int i = 0; i < 2 * tracks; i++) {
                int begin = random.nextInt(frames);
                json.writeStartObject();
                json.writeNumberField("subject_tid", i % tracks);
                json.writeNumberField("object_tid", (i + 1 + i / tracks) % tracks);
                json.writeStringField("predicate", PREDICATES.get(i % PREDICATES.size()));
                json.writeNumberField("begin_fid", begin);
                json.writeNumberField("end_fid", begin + 1 + random.nextInt(Math.min(300, frames - begin)));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a track one frame along its path and writes its jittered box. */
    private static void box(JsonGenerator json, int tid, double[] t, Random random) throws IOException {
        for (int axis = 0; axis < 2; axis++) {
            double limit = (axis == 0 ? WIDTH : HEIGHT) - t[4 + axis];
            t[axis] += t[2 + axis];
            if (t[axis] < 0 || t[axis] > limit) {
                t[2 + axis] = -t[2 + axis];
                t[axis] = Math.max(0, Math.min(limit, t[axis]));
            }
        }
        double w = t[4] * (0.95 + 0.1 * random.nextDouble());
        double h = t[5] * (0.95 + 0.1 * random.nextDouble());
        double x1 = clamp(t[0] + (random.nextDouble() * 2 - 1) * 0.15 * t[4], WIDTH - w);
        double y1 = clamp(t[1] + (random.nextDouble() * 2 - 1) * 0.15 * t[5], HEIGHT - h);
        json.writeStartObject();
        json.writeNumberField("tid", tid);
        json.writeObjectFieldStart("bbox");
        json.writeNumberField("xmin", Math.round(x1));
        json.writeNumberField("ymin", Math.round(y1));
        json.writeNumberField("xmax", Math.round(x1 + w));
        json.writeNumberField("ymax", Math.round(y1 + h));
        json.writeEndObject();
        json.writeNumberField("generated", 1);
        json.writeStringField("tracker", "synthetic");
        json.writeEndObject();
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
