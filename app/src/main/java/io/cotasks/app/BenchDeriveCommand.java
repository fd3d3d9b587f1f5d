package io.cotasks.app;

import io.cotasks.ingest.bench.DeriveBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cotasks bench derive}: derivation and ingest time of one dense synthetic VidOR video per size
 * (tracks whose boxes move on every frame), with derived events and peak heap, to show the growth.
 */
@Command(name = "derive", description = "Measure relation derivation and ingest on dense synthetic VidOR videos of growing length.")
public final class BenchDeriveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--frames", split = ",", paramLabel = "N,N,...", defaultValue = "50,100,500,2000,20000",
            description = "Video lengths in frames (default: ${DEFAULT-VALUE}).")
    List<Integer> frames;

    @Option(names = "--tracks", paramLabel = "N", defaultValue = "20", description = "Tracks per video (default: ${DEFAULT-VALUE}).")
    int tracks;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the files and databases (default: a temporary folder, deleted after).")
    Path work;

    @Option(names = "--workers", paramLabel = "N", description = "Ingest workers (default: the number of cores).")
    Integer workers;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path workDir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("cotasks-bench-derive");
        int n = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            List<DeriveBenchmark.Row> rows = DeriveBenchmark.run(new DeriveBenchmark.Config(workDir, frames, tracks, n), line -> {
                out.println(line);
                out.flush();
            });
            out.printf(Locale.ROOT, "%n| frames | file MB | boxes | derived events, per-sample rule | derived events | Allen relations | elements | parse s | derive s | ingest s | ingest CPU s | CPU ms per 1k frames | peak heap MiB |%n");
            out.printf(Locale.ROOT, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
            for (DeriveBenchmark.Row r : rows) {
                out.printf(Locale.ROOT, "| %,d | %.1f | %,d | %s | %,d | %,d | %,d | %.2f | %.2f | %.1f | %.1f | %.0f | %,d |%n",
                        r.frames(), r.fileBytes() / 1e6, r.boxes(), r.perSampleEvents() < 0 ? "-" : String.format(Locale.ROOT, "%,d", r.perSampleEvents()),
                        r.derivedEvents(), r.temporal(), r.elements(), r.parseSeconds(), r.deriveSeconds(), r.ingestSeconds(), r.ingestCpuSeconds(),
                        1e6 * r.ingestCpuSeconds() / r.frames(), r.peakHeapBytes() >> 20);
            }
            out.printf(Locale.ROOT, "%ntracks %d, workers %d, cores %d, max heap %,d MiB; load average %.1f at the start, %.1f at the end%n",
                    tracks, n, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf(Locale.ROOT, "JVM: Java %s, options %s%n", Runtime.version(),
                    ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList());
            return rows.stream().anyMatch(r -> r.failures() > 0) ? 1 : 0;
        } finally {
            if (work == null) {
                BenchCommand.deleteTree(workDir);
            }
        }
    }
}
