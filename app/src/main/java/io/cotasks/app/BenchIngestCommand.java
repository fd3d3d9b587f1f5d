package io.cotasks.app;

import io.cotasks.ingest.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cotasks bench ingest}: elements per second for the real data, the scaled data and a naive
 * one-element-per-transaction baseline, in one run, with growth and peak heap.
 */
@Command(name = "ingest", description = "Measure ingest throughput: real data, scaled to 1M+ elements, naive baseline.")
public final class BenchIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The datasets folder (default: $COTASKS_DATA; one of them is required).")
    Path data;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the benchmark databases (default: a temporary folder, deleted after).")
    Path work;

    @Option(names = "--workers", paramLabel = "N", description = "Ingest workers (default: the number of cores).")
    Integer workers;

    @Option(names = "--elements", paramLabel = "N", defaultValue = "1000000", description = "Scaled set size in elements (default: ${DEFAULT-VALUE}).")
    long elements;

    @Option(names = "--naive-sample", paramLabel = "N", defaultValue = "20000", description = "Elements the naive baseline writes (default: ${DEFAULT-VALUE}).")
    long naiveSample;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Runs of the scaled set, each into a fresh database; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--no-bulk", description = "Skip the ceiling: the scaled set through Neo4j's bulk importer.")
    boolean noBulk;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = BenchCommand.sharedData(data);
        Path workDir = work != null ? work : Files.createTempDirectory("cotasks-bench-ingest");
        int n = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        try {
            IngestBenchmark.Result r = IngestBenchmark.run(
                    new IngestBenchmark.Config(dataDir, workDir, n, elements, naiveSample, runs, !noBulk), line -> {
                        out.println(line);
                        out.flush();
                    });
            print(out, r, n);
        } finally {
            if (work == null) {
                BenchCommand.deleteTree(workDir);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, IngestBenchmark.Result r, int workers) {
        IngestBenchmark.ScaledRun median = r.medianRun();
        out.printf(Locale.ROOT, "%n| set | elements | seconds | elements/s | CPU s | load average at start |%n|---|---:|---:|---:|---:|---:|%n");
        out.printf(Locale.ROOT, "| (a) real data | %,d | %.1f | %,.0f | %.1f | %.1f |%n", r.realElements(), r.realSeconds(), r.realRate(),
                r.cpuSeconds()[0], r.loadAverage()[0]);
        for (int i = 0; i < r.scaled().size(); i++) {
            IngestBenchmark.ScaledRun run = r.scaled().get(i);
            out.printf(Locale.ROOT, "| (b) scaled, run %d (GC %.1f s, JIT %.1f s) | %,d | %.1f | %,.0f | %.1f | %.1f |%n", i + 1,
                    run.gcSeconds(), run.jitSeconds(), run.elements(), run.seconds(), run.rate(), run.cpuSeconds(), run.loadAverage());
        }
        out.printf(Locale.ROOT, "| (b) scaled, **median of %d** | | | **%,.0f** | | |%n", r.scaled().size(), r.scaledRate());
        out.printf(Locale.ROOT, "| (c) naive, one element per transaction (sample) | %,d | %.1f | %,.0f | %.1f | %.1f |%n", r.naiveElements(),
                r.naiveSeconds(), r.naiveRate(), r.cpuSeconds()[2], r.loadAverage()[2]);
        if (r.bulk() != null) {
            var b = r.bulk();
            out.printf(Locale.ROOT, "| (d) ceiling: Neo4j bulk importer, same scaled set | %,d | %.1f | %,.0f | %.1f | %.1f |%n",
                    b.elements(), b.importSeconds(), b.importRate(), b.importCpuSeconds(), b.loadAverage());
            out.printf(Locale.ROOT, "| (d) same, plus opening it with our constraints and indexes | %,d | %.1f | %,.0f | | |%n",
                    b.elements(), b.importSeconds() + b.schemaSeconds(), b.withSchemaRate());
            out.printf(Locale.ROOT, "%nour scaled median is %.0f%% of the bulk importer's rate (%.0f%% of import + schema)%n",
                    100 * r.scaledRate() / b.importRate(), 100 * r.scaledRate() / b.withSchemaRate());
        }
        out.printf(Locale.ROOT, "%nnaive extrapolated to the scaled set: %.0f s (vs %.1f s, median run); speed-up %.1fx%n",
                median.elements() / r.naiveRate(), median.seconds(), r.scaledRate() / r.naiveRate());
        out.printf(Locale.ROOT, "growth in the median run (cumulative elements -> cumulative seconds, batch rate):%n");
        for (long[] cp : median.checkpoints()) {
            out.printf(Locale.ROOT, "  %,d -> %.1f s (batch %,.0f elements/s)%n", cp[0], cp[1] / 1e9, cp[2] / (cp[3] / 1e9));
        }
        out.printf(Locale.ROOT, "peak heap during the median scaled run: %,d MiB (max heap %,d MiB); workers %d, cores %d; real-data failures %d%n",
                median.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20, workers,
                Runtime.getRuntime().availableProcessors(), r.realFailures());
        out.printf(Locale.ROOT, "load average now: %.1f (other processes share the cores); JVM: Java %s, options %s, GC %s%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version(),
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList());
    }
}
