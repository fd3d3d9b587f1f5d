package io.cotasks.ingest;

import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Schema;
import io.cotasks.store.WriteSummary;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.VideoGraph;
import me.tongfei.progressbar.ProgressBar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@link IngestUnit}s on a pool of workers: a unit whose content hash is already stored (as
 * {@code origin=hash} in the video's {@code contentHashes}, read up front) is skipped; otherwise it is
 * loaded on the worker with that hash (so its content is hashed once), and its graph and questions are
 * written in one transaction through {@link SceneGraphStore#writeVideos}, the hash with the graph, so a
 * killed run re-does the video. Graphs of fewer than {@value #SMALL_VIDEO_ELEMENTS} elements are collected
 * from all workers and written several to a transaction, each still whole. A failing unit is reported and
 * counted and never stops the others, unless {@code failFast}. At most {@code 2 x workers} units are queued
 * or running at a time.
 */
public final class IngestRunner {

    /**
     * How to run.
     *
     * @param workers  worker threads, at least 1
     * @param failFast stop submitting units after the first failure
     * @param progress show a progress bar on standard error
     * @param shard    which share of the videos to ingest
     */
    public record Options(int workers, boolean failFast, boolean progress, Shard shard) {

        public Options {
            workers = Math.max(1, workers);
            Objects.requireNonNull(shard, "shard");
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), false, false, Shard.ALL);
        }
    }

    private static final int HASH_BATCH = 10_000;
    /** Graphs under this many elements share transactions, up to about this many elements each. */
    static final long SMALL_VIDEO_ELEMENTS = 2_000;

    private final SceneGraphStore store;
    private final Options options;
    private final AtomicLong videos = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong entities = new AtomicLong();
    private final AtomicLong boxes = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong temporal = new AtomicLong();
    private final AtomicLong questions = new AtomicLong();
    private final AtomicLong elements = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stop = new AtomicBoolean();
    private final SmallVideoBatch batch = new SmallVideoBatch(SMALL_VIDEO_ELEMENTS);

    private IngestRunner(SceneGraphStore store, Options options) {
        this.store = store;
        this.options = options;
    }

    /** Runs {@code units} into {@code store}. */
    public static IngestReport run(SceneGraphStore store, List<IngestUnit> units, Options options) {
        return new IngestRunner(store, options).runAll(units);
    }

    private IngestReport runAll(List<IngestUnit> all) {
        long start = System.nanoTime();
        List<IngestUnit> units = all.stream().filter(u -> options.shard().accepts(u.videoId())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        Map<String, List<String>> stored = storedHashes(units);
        Semaphore slots = new Semaphore(2 * options.workers());
        try (ProgressBar bar = progressBar(units.size())) {
            for (IngestUnit unit : units) {
                if (stop.get()) {
                    break;
                }
                slots.acquireUninterruptibly();
                if (stop.get()) {
                    slots.release();
                    break;
                }
                pool.execute(() -> {
                    try {
                        runOne(unit, stored.getOrDefault(unit.videoId(), List.of()));
                    } finally {
                        slots.release();
                        if (bar != null) {
                            bar.step();
                        }
                    }
                });
            }
            pool.shutdown();
            awaitQuietly(pool);
            writeBatch(batch.drain());
        }
        List<String> sorted = new ArrayList<>(failures);
        Collections.sort(sorted);
        return new IngestReport(units.size(), videos.get(), skipped.get(), entities.get(), boxes.get(),
                events.get(), temporal.get(), questions.get(), elements.get(), sorted, System.nanoTime() - start);
    }

    /**
     * The {@code origin=hash} strings already stored for the units' videos, read in a few queries up front
     * instead of one read transaction per video.
     */
    private Map<String, List<String>> storedHashes(List<IngestUnit> units) {
        List<String> ids = units.stream().map(IngestUnit::videoId).distinct().toList();
        Map<String, List<String>> out = new HashMap<>();
        String cypher = "UNWIND $ids AS id MATCH (v:" + Schema.VIDEO + " {" + Schema.ID + ": id}) "
                + "RETURN v." + Schema.ID + " AS id, v." + Schema.CONTENT_HASHES + " AS hashes";
        for (int from = 0; from < ids.size(); from += HASH_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + HASH_BATCH));
            for (Map<String, Object> row : store.query(cypher, Map.of("ids", batch)).rows()) {
                if (row.get("hashes") instanceof List<?> hashes) {
                    out.put((String) row.get("id"), hashes.stream().map(String::valueOf).toList());
                }
            }
        }
        return out;
    }

    private void runOne(IngestUnit unit, List<String> storedHashes) {
        try {
            String hash = unit.contentHash();
            if (hash != null && storedHashes.contains(unit.origin() + "=" + hash)) {
                skipped.incrementAndGet();
                return;
            }
            write(unit, unit.load(hash));
        } catch (IngestException e) {
            fail(e.getMessage());
        } catch (RuntimeException e) {
            fail(unit, e);
        }
    }

    private void fail(IngestUnit unit, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        fail(unit.location() + ": " + message.lines().findFirst().orElse(message));
    }

    /**
     * Writes a unit's graph and questions in one transaction: a small graph joins the shared batch, a bare
     * NExT-QA video is written only when the video has no graph yet.
     */
    private void write(IngestUnit unit, UnitContent content) {
        VideoGraph graph = content.graph();
        List<Question> qs = content.questions();
        if (graph != null && content.graphOnlyIfAbsent() && videoExists(graph.video().id())) {
            graph = null;
        }
        long size = graph == null ? 0 : graph.elementCount();
        if (graph != null && !content.graphOnlyIfAbsent() && batch.isSmall(size)) {
            writeBatch(batch.add(unit, graph, qs, size));
        } else if (graph != null || !qs.isEmpty()) {
            List<VideoGraph> graphs = graph == null ? List.of() : List.of(graph);
            count(graphs, qs, store.writeVideos(graphs, qs));
        }
    }

    /**
     * Writes a batch of small graphs (with their questions) in one transaction; when that fails, each alone,
     * so a bad video is reported with its own location and never takes the good ones with it.
     */
    private void writeBatch(List<SmallVideoBatch.Pending> pending) {
        if (pending == null || pending.isEmpty()) {
            return;
        }
        List<VideoGraph> graphs = pending.stream().map(SmallVideoBatch.Pending::graph).toList();
        List<Question> qs = pending.stream().flatMap(p -> p.questions().stream()).toList();
        WriteSummary summary;
        try {
            summary = store.writeVideos(graphs, qs);
        } catch (RuntimeException batchFailed) {
            pending.forEach(p -> {
                try {
                    count(List.of(p.graph()), p.questions(), store.writeVideos(List.of(p.graph()), p.questions()));
                } catch (RuntimeException e) {
                    fail(p.unit(), e);
                }
            });
            return;
        }
        count(graphs, qs, summary);
    }

    private void count(List<VideoGraph> graphs, List<Question> qs, WriteSummary summary) {
        elements.addAndGet(summary.elements());
        questions.addAndGet(qs.size());
        for (VideoGraph graph : graphs) {
            videos.incrementAndGet();
            entities.addAndGet(graph.entities().size());
            boxes.addAndGet(graph.boxes().size());
            events.addAndGet(graph.events().size());
            temporal.addAndGet(graph.temporal().size());
        }
    }

    private boolean videoExists(String videoId) {
        String cypher = "MATCH (v:" + Schema.VIDEO + " {" + Schema.ID + ": $id}) WHERE v." + Schema.FRAME_COUNT
                + " IS NOT NULL RETURN v." + Schema.ID + " AS id";
        return store.query(cypher, Map.of("id", videoId)).size() > 0;
    }

    private void fail(String line) {
        failures.add(line);
        if (options.failFast()) {
            stop.set(true);
        }
    }

    private ProgressBar progressBar(int max) {
        if (!options.progress()) {
            return null;
        }
        return ConsoleProgress.builder("ingest", max, " videos").build();
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
