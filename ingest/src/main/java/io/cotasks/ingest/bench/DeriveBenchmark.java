package io.cotasks.ingest.bench;

import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.JsonCursor;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.ingest.derive.RelationDerivation;
import io.cotasks.ingest.derive.SpatialEvents;
import io.cotasks.ingest.vidor.VidorAdapter;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Stores;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.VideoGraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code cotasks bench derive}: one dense synthetic VidOR video per size ({@link SyntheticVidor}: 20 tracks
 * whose boxes move and jitter on every frame), each parsed and derived on its own (timed), then ingested
 * through the {@link IngestRunner} into a fresh embedded database, with the derived events it yields under
 * today's rule and under the per-sample rule without hysteresis or minimum duration, and the peak heap.
 */
public final class DeriveBenchmark {

    /** Sizes above this many frames skip the per-sample count (it materializes every short event). */
    static final int PER_SAMPLE_LIMIT = 2_000;

    /**
     * @param workDir where the synthetic files and databases go (each database is deleted after its size)
     * @param frames  the video lengths to measure, in frames
     * @param tracks  tracks per video
     * @param workers ingest workers
     */
    public record Config(Path workDir, List<Integer> frames, int tracks, int workers) {
    }

    /**
     * One size's figures; {@code perSampleEvents} is -1 when not computed.
     *
     * @param fileBytes       the synthetic file's size
     * @param perSampleEvents derived spatial events without hysteresis and minimum duration
     * @param derivedEvents   derived spatial events under the default rule
     * @param parseSeconds    JSON to annotated graph
     * @param deriveSeconds   {@link RelationDerivation#enrich}: spatial events and Allen relations
     * @param ingestSeconds   the whole {@code IngestRunner} run (parse, derive, write, commit)
     * @param ingestCpuSeconds CPU time of the process during that run (all threads), fairer under load
     */
    public record Row(int frames, long fileBytes, long boxes, long perSampleEvents, long derivedEvents,
                      long temporal, long elements, double parseSeconds, double deriveSeconds,
                      double ingestSeconds, double ingestCpuSeconds, long peakHeapBytes, int failures) {
    }

    private DeriveBenchmark() {
    }

    public static List<Row> run(Config c, Consumer<String> log) {
        List<Row> rows = new ArrayList<>();
        for (int frames : c.frames()) {
            rows.add(one(c, frames, log));
        }
        return rows;
    }

    private static Row one(Config c, int frames, Consumer<String> log) {
        try {
            Path file = c.workDir().resolve("synthetic" + c.tracks() + "t" + frames + ".json");
            SyntheticVidor.write(file, "synthetic" + c.tracks() + "t" + frames, c.tracks(), frames, 15);
            resetPeaks();
            long t0 = System.nanoTime();
            VideoGraph parsed = VidorAdapter.parse(JsonCursor.parse(file, Files.readAllBytes(file)), null);
            long t1 = System.nanoTime();
            VideoGraph enriched = RelationDerivation.enrich(parsed);
            long t2 = System.nanoTime();
            long derived = enriched.events().stream().filter(e -> e.source() == Source.DERIVED).count();
            long perSample = frames > PER_SAMPLE_LIMIT ? -1
                    : SpatialEvents.of(parsed.video(), parsed.boxes(), SpatialEvents.Rule.PER_SAMPLE).size();
            log.accept(String.format("%,d frames: parsed %,d boxes in %.2f s, derived %,d spatial events and %,d Allen relations in %.2f s; ingesting",
                    frames, parsed.boxes().size(), (t1 - t0) / 1e9, derived, enriched.temporal().size(), (t2 - t1) / 1e9));
            parsed = null;
            enriched = null;
            Path db = c.workDir().resolve("db" + frames);
            IngestReport report;
            long cpu0 = 0;
            try (SceneGraphStore store = Stores.embedded(db)) {
                cpu0 = cpuNanos();
                report = IngestRunner.run(store, Sources.byName(VidorAdapter.ORIGIN).units(List.of(file)),
                        new IngestRunner.Options(c.workers(), false, false, Shard.ALL));
                cpu0 = cpuNanos() - cpu0;
            }
            Row row = new Row(frames, Files.size(file), report.boxes(), perSample, derived, report.temporal(),
                    report.elements(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, report.seconds(), cpu0 / 1e9, peakHeap(),
                    report.failures().size());
            report.failures().forEach(f -> log.accept("  failure: " + f));
            deleteTree(db);
            Files.delete(file);
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
