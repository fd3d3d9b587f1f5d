package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;
import io.cotasks.ingest.derive.RelationDerivation;
import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * From a video file to its scene graph: decode (FFmpeg) and sample, detect, track (SORT), then derive
 * spatial events from the tracked boxes and Allen relations with the shared {@link RelationDerivation}.
 * Every track becomes one {@link Entity} with source {@code detected} and one {@code visible} action event
 * spanning its life, so that temporal questions have detected events to relate. Thread-safe: each call
 * builds its own detector and tracker.
 */
public final class PerceptionPipeline {

    /** The {@code Video.dataset} and graph origin of perceived videos. */
    public static final String ORIGIN = "video";
    /** The action predicate of a track's life span. */
    public static final String VISIBLE = "visible";

    private final PerceptionOptions options;

    private PerceptionPipeline(PerceptionOptions options) {
        this.options = options;
    }

    public static PerceptionPipeline create(PerceptionOptions options) {
        return new PerceptionPipeline(options);
    }

    public PerceptionOptions options() {
        return options;
    }

    /** The default video id of a file: its name without the extension. */
    public static String defaultVideoId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Perceives {@code file} as video {@code videoId}. */
    public PerceptionResult perceive(Path file, String videoId) {
        return perceive(file, videoId, frame -> { });
    }

    /**
     * Perceives {@code file} as video {@code videoId}, calling {@code progress} with each decoded frame count
     * reached at a sampled frame (for progress bars).
     *
     * @throws IngestException naming the file on any bad input; nothing is returned then
     */
    public PerceptionResult perceive(Path file, String videoId, IntConsumer progress) {
        return perceive(file, videoId, null, progress);
    }

    /**
     * Like {@link #perceive(Path, String, IntConsumer)}, recording {@code contentHash} (this file's
     * {@link #contentHash(Path, PerceptionOptions)} with this pipeline's options, already computed by the
     * caller) with the graph instead of reading the file again for it; null computes it.
     */
    public PerceptionResult perceive(Path file, String videoId, String contentHash, IntConsumer progress) {
        long start = System.nanoTime();
        try (VideoDecoder decoder = VideoDecoder.open(file); Detector detector = options.detector().create()) {
            VideoDecoder.VideoInfo info = decoder.info();
            SortTracker tracker = SortTracker.create(options.tracker(), info.width(), info.height());
            AtomicLong detections = new AtomicLong();
            int[] sampled = {0};
            int decoded = decoder.decode(options.sampling(), options.detectWidth(), (index, bgr) -> {
                double back = info.width() / (double) bgr.cols();
                List<Detection> found = new ArrayList<>();
                for (Detection d : detector.detect(bgr)) {
                    Detection mapped = d.scaledAndClipped(back, info.width(), info.height());
                    if (mapped != null) {
                        found.add(mapped);
                    }
                }
                detections.addAndGet(found.size());
                tracker.update(index, found);
                sampled[0]++;
                progress.accept(index + 1);
            });
            List<Track> tracks = tracker.finish();
            Video video = new Video(videoId, ORIGIN, info.fps(), decoded, info.width(), info.height());
            VideoGraph graph = RelationDerivation.enrich(toGraph(video, tracks,
                    contentHash != null ? contentHash : contentHash(file, options),
                    options.sampling().step(info.fps())));
            return new PerceptionResult(graph, tracks, decoded, sampled[0], detections.get(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static VideoGraph toGraph(Video video, List<Track> tracks, String hash, int step) {
        List<Entity> entities = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Track t : tracks) {
            entities.add(new Entity(video.id(), t.trackId(), t.category(), Source.DETECTED, t.meanScore()));
            for (Track.Point p : t.points()) {
                boxes.add(new Box(t.trackId(), p.frame(), p.x1(), p.y1(), p.x2(), p.y2(), p.predicted(), p.score(),
                        p.keypoints().stream().flatMap(k -> java.util.stream.Stream.of(k.x(), k.y(), k.score())).toList()));
            }
            int end = Math.min(video.frameCount(), t.lastFrame() + step);
            events.add(new Event(video.id(), VISIBLE, PredicateKind.ACTION, t.trackId(), null, t.firstFrame(),
                    Math.max(end, t.firstFrame() + 1), Source.DETECTED, t.meanScore(), null));
        }
        return new VideoGraph(video, ORIGIN, hash, entities, boxes, events, List.of(), List.of());
    }

    /**
     * SHA-256 of the file's bytes and the options: re-ingesting the same file the same way is skipped.
     *
     * @throws IngestException naming the file when it cannot be read
     */
    public static String contentHash(Path file, PerceptionOptions options) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            sha.update(options.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IngestException(file + ": video file not found", e);
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
