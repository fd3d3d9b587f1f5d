package io.cotasks.ingest.bench;

import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.bench.NaiveWriter;
import io.cotasks.store.Stores;
import io.cotasks.store.model.VideoGraph;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code cotasks bench ingest}: graph elements per second, in one run, for (a) all the real annotation
 * data (VidOR, VidSTG dev + val, STAR, NExT-QA MC/OE/GQA val), (b) the real videos replicated under new
 * ids up to a target element count, written in batches so the growth from 100 thousand elements upwards is
 * visible, {@code runs} times, each into a fresh database (the median is the figure: the first run also pays
 * JIT warm-up), (c) a naive baseline writing one element per transaction on a sample, extrapolated linearly
 * to the scaled set, and (d) the ceiling: the same scaled set through Neo4j's bulk importer
 * ({@link BulkCeiling}). Each phase uses a fresh embedded database under {@code workDir}; {@code cpuSeconds}
 * and {@code loadAverage} hold the figures of (a) and (c) at indexes 0 and 2.
 */
public final class IngestBenchmark {

    /**
     * @param data        the shared data folder (vidor/, star/, nextqa/ as in /work/shared/data)
     * @param workDir     where the benchmark databases go
     * @param workers     ingest workers
     * @param target      elements of the scaled set, at least
     * @param naiveSample elements the naive baseline writes
     * @param runs        how many times the scaled set is written, each into a fresh database
     * @param bulk        also write the scaled set with Neo4j's bulk importer (the ceiling)
     */
    public record Config(Path data, Path workDir, int workers, long target, long naiveSample, int runs, boolean bulk) {
    }

    /**
     * One run of the scaled set into a fresh database.
     *
     * @param checkpoints per batch: cumulative elements, cumulative nanos, batch elements, batch nanos
     * @param loadAverage the 1-minute load average at the start of the run
     * @param gcSeconds   time the collectors report for the run (pauses and, for G1, concurrent cycles)
     * @param jitSeconds  time the JIT compilers spent during the run
     */
    public record ScaledRun(long elements, double seconds, double cpuSeconds, double loadAverage,
                            List<long[]> checkpoints, long peakHeapBytes, double gcSeconds, double jitSeconds) {

        public double rate() {
            return elements / seconds;
        }
    }

    /** The measured figures; {@code bulk} is null when not measured. */
    public record Result(long realElements, double realSeconds, List<ScaledRun> scaled, long naiveElements,
                         double naiveSeconds, long realFailures, double[] cpuSeconds, double[] loadAverage,
                         BulkCeiling.Figures bulk) {

        public double realRate() {
            return realElements / realSeconds;
        }

        /** The median rate of the scaled runs. */
        public double scaledRate() {
            double[] rates = scaled.stream().mapToDouble(ScaledRun::rate).sorted().toArray();
            return rates.length % 2 == 1 ? rates[rates.length / 2]
                    : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
        }

        /** The scaled run with the median rate. */
        public ScaledRun medianRun() {
            List<ScaledRun> sorted = scaled.stream().sorted(java.util.Comparator.comparingDouble(ScaledRun::rate)).toList();
            return sorted.get((sorted.size() - 1) / 2);
        }

        public double naiveRate() {
            return naiveElements / naiveSeconds;
        }
    }

    private IngestBenchmark() {
    }

    public static Result run(Config c, Consumer<String> log) {
        IngestRunner.Options options = new IngestRunner.Options(c.workers(), false, false, Shard.ALL);
        Path d = c.data();
        List<List<Object>> real = List.of(
                List.of("vidor", List.of(d.resolve("vidor/annotations"))),
                List.of("vidstg", List.of(d.resolve("vidor/VidSTG/test_annotations_dev.json"), d.resolve("vidor/VidSTG/val_annotations.json"))),
                List.of("star", List.of(d.resolve("star/homepage/sel_examples.json"))),
                List.of("nextqa", List.of(d.resolve("nextqa/NExT-QA_mc/val.csv"), d.resolve("nextqa/NExT-OE/val.csv"), d.resolve("nextqa/NExT-GQA/val.csv"))));
        for (List<Object> r : real) {
            for (Object p : (List<?>) r.get(1)) {
                if (!Files.exists((Path) p)) {
                    throw new CotasksException("bench ingest: " + p + " not found (pass --data with the shared data folder)");
                }
            }
        }
        double[] cpu = new double[3];
        double[] load = new double[3];
        resetPeaks();
        load[0] = loadAverage();
        long realElements = 0;
        long realNanos = 0;
        long realFailures = 0;
        List<IngestUnit> graphUnits = new ArrayList<>();
        try (SceneGraphStore store = Stores.embedded(c.workDir().resolve("real"))) {
            for (List<Object> r : real) {
                String source = (String) r.get(0);
                @SuppressWarnings("unchecked")
                List<IngestUnit> units = Sources.byName(source).units((List<Path>) r.get(1));
                long c0 = cpuNanos();
                IngestReport report = IngestRunner.run(store, units, options);
                cpu[0] += (cpuNanos() - c0) / 1e9;
                log.accept(String.format(Locale.ROOT, "(a) real %-7s %s", source, report.summary()));
                realElements += report.elements();
                realNanos += report.nanos();
                realFailures += report.failures().size();
                if (!source.equals("nextqa")) {
                    graphUnits.addAll(units);
                }
            }
        }
        // (b) replicas: one cycle over every real graph per k, until the target
        List<Long> sizes = new ArrayList<>();
        for (IngestUnit u : graphUnits) {
            VideoGraph g = u.load().graph();
            sizes.add(g == null ? 0 : g.elementCount());
        }
        long perCycle = sizes.stream().mapToLong(Long::longValue).sum();
        List<List<IngestUnit>> batches = plan(graphUnits, sizes, c.target());
        List<ScaledRun> runs = new ArrayList<>();
        for (int run = 1; run <= Math.max(1, c.runs()); run++) {
            runs.add(scaled(c, batches, options, run, log));
        }
        log.accept(String.format(Locale.ROOT, "(b) real graphs per replica cycle: %,d elements", perCycle));
        BulkCeiling.Figures bulk = null;
        if (c.bulk()) {
            bulk = BulkCeiling.run(batches, c.workDir().resolve("bulk"), log);
        }
        // (c) naive: one element per transaction
        long naiveNanos;
        long naiveElements;
        try (SceneGraphStore store = Stores.embedded(c.workDir().resolve("naive"))) {
            NaiveWriter naive = new NaiveWriter(store, c.naiveSample());
            load[2] = loadAverage();
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            int i = 0;
            while (naive.written() < c.naiveSample()) {
                naive.write(Replicas.rename(graphUnits.get(i % 2).load().graph(), "~naive" + i));
                i++;
            }
            naiveNanos = System.nanoTime() - start;
            cpu[2] = (cpuNanos() - cpuStart) / 1e9;
            naiveElements = naive.written();
            log.accept(String.format(Locale.ROOT, "(c) naive: %,d elements in %.1f s = %,.0f elements/s",
                    naiveElements, naiveNanos / 1e9, naiveElements / (naiveNanos / 1e9)));
        }
        return new Result(realElements, realNanos / 1e9, runs, naiveElements, naiveNanos / 1e9, realFailures, cpu,
                load, bulk);
    }

    /** The scaled set as batches of replica units, ending at 100k, 250k, 500k elements and the target. */
    private static List<List<IngestUnit>> plan(List<IngestUnit> graphUnits, List<Long> sizes, long target) {
        List<Long> marks = new ArrayList<>(List.of(100_000L, 250_000L, 500_000L));
        marks.removeIf(m -> m >= target);
        marks.add(target);
        List<List<IngestUnit>> batches = new ArrayList<>();
        long planned = 0;
        int k = 1;
        int next = 0;
        for (long mark : marks) {
            List<IngestUnit> batch = new ArrayList<>();
            while (planned < mark) {
                batch.add(Replicas.of(graphUnits.get(next), k));
                planned += sizes.get(next);
                if (++next == graphUnits.size()) {
                    next = 0;
                    k++;
                }
            }
            batches.add(batch);
        }
        return batches;
    }

    /** One run of the scaled set into a fresh database, deleted afterwards. */
    private static ScaledRun scaled(Config c, List<List<IngestUnit>> batches, IngestRunner.Options options, int run,
                                    Consumer<String> log) {
        List<long[]> checkpoints = new ArrayList<>();
        long elements = 0;
        long nanos = 0;
        long cpu = 0;
        resetPeaks();
        double load = loadAverage();
        long gc0 = gcMillis();
        long jit0 = jitMillis();
        Path dir = c.workDir().resolve("scaled-" + run);
        try (SceneGraphStore store = Stores.embedded(dir)) {
            for (List<IngestUnit> batch : batches) {
                long c0 = cpuNanos();
                IngestReport report = IngestRunner.run(store, batch, options);
                cpu += cpuNanos() - c0;
                elements += report.elements();
                nanos += report.nanos();
                checkpoints.add(new long[] {elements, nanos, report.elements(), report.nanos()});
                log.accept(String.format(Locale.ROOT, "(b) run %d: scaled to %,d elements: batch %,d elements in %.1f s = %,.0f elements/s (%d failures)",
                        run, elements, report.elements(), report.seconds(), report.elementsPerSecond(), report.failures().size()));
            }
        }
        ScaledRun result = new ScaledRun(elements, nanos / 1e9, cpu / 1e9, load, checkpoints, peakHeap(),
                (gcMillis() - gc0) / 1e3, (jitMillis() - jit0) / 1e3);
        log.accept(String.format(Locale.ROOT, "(b) run %d: %,d elements in %.1f s = %,.0f elements/s, %.1f CPU s (GC %.1f s, JIT %.1f s), load average %.1f at the start",
                run, elements, result.seconds(), result.rate(), result.cpuSeconds(), result.gcSeconds(), result.jitSeconds(), load));
        deleteTree(dir);
        return result;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** CPU time of this process (all threads, including Neo4j's), so contended runs can still be compared. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Collection time of all collectors so far, as the JVM reports it. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** Compilation time of the JIT so far, or 0 when the JVM does not report it. */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** The machine's 1-minute load average, or -1 when unknown: other processes compete for the cores. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
