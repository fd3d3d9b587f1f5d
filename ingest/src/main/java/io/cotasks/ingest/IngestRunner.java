package io.cotasks.ingest;

import io.cotasks.ingest.derive.RelationDerivation;
import io.cotasks.store.Derivation;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.read.GraphReads;
import io.cotasks.store.WriteSummary;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.UnitWrite;
import io.cotasks.store.model.VideoGraph;
import me.tongfei.progressbar.ProgressBar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * killed run re-does the video. Graphs of fewer than {@value #SMALL_VIDEO_ELEMENTS} elements (and the
 * questions of a video already stored) are collected from all workers and written several to a transaction,
 * each unit still whole. A failing unit is reported and
 * counted and never stops the others, unless {@code failFast}. At most {@code 2 x workers} units are queued
 * or running at a time.
 *
 * <p>Every unit replaces what its origin (adapter and source file) wrote before about its video
 * ({@link SceneGraphStore#writeUnits}), derived elements recomputed from everything the video holds. After
 * the units, an origin that no longer describes a video it described before (all its records were deleted
 * from the file) is withdrawn from it, unless one of the origin's units failed. The report ends with what
 * the graph holds afterwards.
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
    /** Derived elements of a video several origins describe are recomputed from all of them. */
    private static final Derivation DERIVATION = RelationDerivation::enrich;
    /** Graphs under this many elements share transactions, up to about this many elements each. */
    static final long SMALL_VIDEO_ELEMENTS = 2_000;
    /** A graph this large shows what it writes next to the progress bar: its one transaction takes seconds. */
    static final long LARGE_VIDEO_ELEMENTS = 100_000;

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
    private final AtomicLong withdrawn = new AtomicLong();
    /** Label ids without a mapping in the units written, as written in their files. */
    private final Set<String> unmappedLabels = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean stop = new AtomicBoolean();
    /** (video id, origin) of every unit this run wrote or found unchanged. */
    private final Set<List<String>> described = ConcurrentHashMap.newKeySet();
    /** Origins with a unit that failed: what they wrote before is left as it is. */
    private final Set<String> failedOrigins = ConcurrentHashMap.newKeySet();
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
                        runOne(unit, stored.getOrDefault(unit.videoId(), List.of()), bar);
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
        if (!stop.get()) {
            withdrawVanished(units);
        }
        List<String> sorted = new ArrayList<>(failures);
        Collections.sort(sorted);
        return new IngestReport(units.size(), videos.get(), skipped.get(), withdrawn.get(), entities.get(),
                boxes.get(), events.get(), temporal.get(), questions.get(), elements.get(), sorted,
                System.nanoTime() - start, GraphCounts.of(store.stats()), List.copyOf(unmappedLabels));
    }

    /**
     * Removes what this run's origins (source files) wrote before about videos they no longer describe, e.g.
     * a video whose records were all deleted from a VidSTG file. An origin with a failed unit is left alone.
     */
    private void withdrawVanished(List<IngestUnit> units) {
        units.forEach(u -> described.add(List.of(u.videoId(), u.origin())));
        Set<String> origins = new HashSet<>();
        units.forEach(u -> origins.add(u.origin()));
        origins.removeAll(failedOrigins);
        if (origins.isEmpty()) {
            return;
        }
        // every video's origins, matched here against a hash set: a Cypher IN over thousands of origins is not
        for (Map.Entry<String, List<String>> video : GraphReads.videoOrigins(store).entrySet()) {
            String id = video.getKey();
            for (String origin : video.getValue()) {
                if (origins.contains(origin) && options.shard().accepts(id)
                        && !described.contains(List.of(id, origin))) {
                    try {
                        store.writeUnits(List.of(UnitWrite.withdrawal(id, origin)), DERIVATION);
                        withdrawn.incrementAndGet();
                    } catch (RuntimeException e) {
                        fail(origin + " (video " + id + "): cannot withdraw: " + e.getMessage());
                    }
                }
            }
        }
    }

    /**
     * The {@code origin=hash} strings already stored for the units' videos, read in a few queries up front
     * instead of one read transaction per video.
     */
    private Map<String, List<String>> storedHashes(List<IngestUnit> units) {
        List<String> ids = units.stream().map(IngestUnit::videoId).distinct().toList();
        Map<String, List<String>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += HASH_BATCH) {
            out.putAll(GraphReads.contentHashes(store, ids.subList(from, Math.min(ids.size(), from + HASH_BATCH))));
        }
        return out;
    }

    private void runOne(IngestUnit unit, List<String> storedHashes, ProgressBar bar) {
        try {
            String hash = unit.contentHash();
            if (hash != null && storedHashes.contains(unit.origin() + "=" + hash)) {
                skipped.incrementAndGet();
                return;
            }
            UnitContent content = unit.load(hash);
            long size = content.graph() == null ? 0 : content.graph().elementCount();
            if (bar != null && size >= LARGE_VIDEO_ELEMENTS) {
                bar.setExtraMessage(String.format(Locale.ROOT, "%s: writing %,d elements (%,d boxes, %,d events, %,d Allen relations)",
                        unit.location(), size, content.graph().boxes().size(), content.graph().events().size(),
                        content.graph().temporal().size()));
            }
            write(unit, content);
            if (bar != null && size >= LARGE_VIDEO_ELEMENTS) {
                bar.setExtraMessage(unit.location() + ": written");
            }
        } catch (IngestException e) {
            failedOrigins.add(unit.origin());
            fail(e.getMessage());
        } catch (RuntimeException e) {
            fail(unit, e);
        }
    }

    private void fail(IngestUnit unit, RuntimeException e) {
        failedOrigins.add(unit.origin());
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        fail(unit.location() + ": " + message.lines().findFirst().orElse(message));
    }

    /**
     * Writes a unit's graph and questions in one transaction, replacing what its origin wrote before: a
     * small graph, or the questions of a video already stored, joins the shared batch (a NExT-QA file is one
     * unit per video, a few questions each); a bare NExT-QA video is written only when the video has no graph
     * yet, alone, so the next unit of that video finds it.
     */
    private void write(IngestUnit unit, UnitContent content) {
        VideoGraph graph = content.graph();
        List<Question> qs = content.questions();
        if (graph != null && content.graphOnlyIfAbsent() && videoExists(graph.video().id())) {
            graph = null;
        }
        if (graph == null && qs.isEmpty()) {
            return;
        }
        String videoId = graph != null ? graph.video().id() : qs.get(0).videoId();
        described.add(List.of(videoId, unit.origin()));
        UnitWrite write = new UnitWrite(videoId, unit.origin(), graph, qs, false);
        long size = graph == null ? 2L * qs.size() : graph.elementCount();
        boolean shares = graph == null || !content.graphOnlyIfAbsent();
        if (shares && batch.isSmall(size)) {
            writeBatch(batch.add(unit, write, content.unmappedLabels(), size));
        } else {
            count(List.of(write), store.writeUnits(List.of(write), DERIVATION));
            unmappedLabels.addAll(content.unmappedLabels());
        }
    }

    /**
     * Writes a batch of small units in one transaction; when that fails, each alone, so a bad video is
     * reported with its own location and never takes the good ones with it.
     */
    private void writeBatch(List<SmallVideoBatch.Pending> pending) {
        if (pending == null || pending.isEmpty()) {
            return;
        }
        List<UnitWrite> writes = pending.stream().map(SmallVideoBatch.Pending::write).toList();
        WriteSummary summary;
        try {
            summary = store.writeUnits(writes, DERIVATION);
        } catch (RuntimeException batchFailed) {
            pending.forEach(p -> {
                try {
                    count(List.of(p.write()), store.writeUnits(List.of(p.write()), DERIVATION));
                    unmappedLabels.addAll(p.unmappedLabels());
                } catch (RuntimeException e) {
                    fail(p.unit(), e);
                }
            });
            return;
        }
        count(writes, summary);
        pending.forEach(p -> unmappedLabels.addAll(p.unmappedLabels()));
    }

    private void count(List<UnitWrite> writes, WriteSummary summary) {
        elements.addAndGet(summary.elements());
        for (UnitWrite write : writes) {
            questions.addAndGet(write.questions().size());
            VideoGraph graph = write.graph();
            if (graph != null) {
                videos.incrementAndGet();
                entities.addAndGet(graph.entities().size());
                boxes.addAndGet(graph.boxes().size());
                events.addAndGet(graph.events().size());
                temporal.addAndGet(graph.temporal().size());
            }
        }
    }

    private boolean videoExists(String videoId) {
        return GraphReads.videoTiming(store, videoId).map(t -> t.frames() != null).orElse(false);
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
