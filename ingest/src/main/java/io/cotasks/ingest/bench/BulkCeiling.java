package io.cotasks.ingest.bench;

import io.cotasks.ingest.IngestUnit;
import io.cotasks.store.BulkImport;
import io.cotasks.store.Stores;
import io.cotasks.store.model.VideoGraph;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The ceiling of {@code bench ingest}: the same scaled set (the same replica units, loaded the same way)
 * written by Neo4j's offline bulk importer ({@link BulkImport}) into a fresh store, then opened once through
 * {@link Stores#embedded}, which adds our constraints and indexes and waits for them to be online.
 */
public final class BulkCeiling {

    /**
     * The figures of one bulk import.
     *
     * @param elements          node and relationship rows imported (a few duplicate rows of videos that two
     *                          origins describe are skipped by the importer, as MERGE would)
     * @param importSeconds     the importer's run alone
     * @param importCpuSeconds  process CPU during it
     * @param schemaSeconds     opening the imported store: constraints, indexes, population
     * @param csvSeconds        writing the CSV input (not part of the ceiling)
     * @param loadAverage       the 1-minute load average at the start of the import
     */
    public record Figures(long elements, double importSeconds, double importCpuSeconds, double schemaSeconds,
                   double csvSeconds, double loadAverage) {

        public double importRate() {
            return elements / importSeconds;
        }

        public double withSchemaRate() {
            return elements / (importSeconds + schemaSeconds);
        }
    }

    private BulkCeiling() {
    }

    static Figures run(List<List<IngestUnit>> batches, Path home, Consumer<String> log) {
        BulkImport.Result result;
        double cpu;
        double load;
        try (BulkImport bulk = BulkImport.into(home)) {
            for (List<IngestUnit> batch : batches) {
                for (IngestUnit unit : batch) {
                    VideoGraph graph = unit.load().graph();
                    if (graph != null) {
                        bulk.add(graph);
                    }
                }
            }
            load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long c0 = cpuNanos();
            result = bulk.run();
            cpu = (cpuNanos() - c0) / 1e9;
        }
        long start = System.nanoTime();
        // opening creates our schema and waits until its indexes are online: that is what is timed
        Stores.embedded(home).close();
        double schema = (System.nanoTime() - start) / 1e9;
        Figures f = new Figures(result.elements(), result.importSeconds(), cpu, schema, result.csvSeconds(), load);
        log.accept(String.format(Locale.ROOT, "(d) bulk importer: %,d elements in %.1f s = %,.0f elements/s (%.1f CPU s; CSV written in %.1f s before); opening it with our schema %.1f s -> %,.0f elements/s with the schema",
                f.elements(), f.importSeconds(), f.importRate(), cpu, f.csvSeconds(), schema, f.withSchemaRate()));
        IngestBenchmark.deleteTree(home);
        return f;
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
