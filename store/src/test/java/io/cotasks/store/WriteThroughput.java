package io.cotasks.store;

import io.cotasks.store.model.VideoGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures {@link SceneGraphStore#writeVideo} on the real VidOR graph replicated under new video ids (a
 * benchmark, not a test). Arguments: {@code [videos=200] [dir=temp] [bolt]}; with {@code bolt} the writes go
 * over a real Bolt connection to the embedded database's own connector.
 */
public final class WriteThroughput {

    private WriteThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int videos = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("cotasks-bench");
        boolean bolt = args.length > 2 && args[2].equals("bolt");
        int threads = Integer.getInteger("threads", 1);
        long t0 = System.nanoTime();
        try (EmbeddedServer server = bolt ? TestStores.boltServer(dir) : null;
             SceneGraphStore store = bolt ? Stores.bolt(server.boltUri(), "neo4j", "") : TestStores.embedded(dir)) {
            System.out.printf(Locale.ROOT, "open: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            int warmup = Math.min(20, videos / 5);
            run(store, "warm", warmup);
            long process0 = processCpu();
            long[] r = threads == 1 ? run(store, "bench", videos) : parallel(store, videos, threads);
            double processSeconds = (processCpu() - process0) / 1e9;
            double seconds = r[1] / 1e9;
            System.out.printf(Locale.ROOT, "process cpu (all threads, GC, checkpoints): %.2f s: %.0f elements per"
                    + " process-cpu-second%n", processSeconds, r[0] / processSeconds);
            System.out.printf(Locale.ROOT, "%s: %d videos, %d elements in %.2f s: %.0f elements/s, %.1f ms/video%n",
                    bolt ? "bolt" : "embedded", videos, r[0], seconds, r[0] / seconds, 1000 * seconds / videos);
            long rewrite = System.nanoTime();
            long n = 0;
            for (int i = 0; i < Math.min(50, videos / threads); i++) {
                n += store.writeVideo(TestGraphs.vidorAs((threads == 1 ? "bench-" : "bench0-") + i)).elements();
            }
            double rs = (System.nanoTime() - rewrite) / 1e9;
            System.out.printf(Locale.ROOT, "re-write (MERGE path): %d elements in %.2f s: %.0f elements/s%n",
                    n, rs, n / rs);
            System.out.println(store.stats());
            t0 = System.nanoTime();
        }
        System.out.printf(Locale.ROOT, "close: %.2f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long[] run(SceneGraphStore store, String prefix, int videos) {
        VideoGraph[] graphs = new VideoGraph[videos];
        for (int i = 0; i < videos; i++) {
            graphs[i] = TestGraphs.vidorAs(prefix + "-" + i);
            if (SMALL) {
                VideoGraph g = graphs[i];
                graphs[i] = new VideoGraph(g.video(), g.origin(), g.contentHash(), g.entities(), List.of(),
                        g.events(), g.temporal(), g.captions());
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, long[]> perStatement = new TreeMap<>();
        long elements = 0;
        long start = System.nanoTime();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        for (VideoGraph g : graphs) {
            if (TIMED && store instanceof Neo4jStore neo4j) {
                long before = cpu.getCurrentThreadCpuTime();
                long[] work = new long[1];
                elements += neo4j.transaction(true, tx -> {
                    long t = cpu.getCurrentThreadCpuTime();
                    WriteSummary w = GraphWriter.write(timed(tx, perStatement), io.cotasks.store.model.UnitWrite.of(g.origin(), g, List.of()), Derivation.NONE);
                    work[0] = cpu.getCurrentThreadCpuTime() - t;
                    return w;
                }).elements();
                perStatement.computeIfAbsent("(all work in the transaction)", k -> new long[1])[0] += work[0];
                perStatement.computeIfAbsent("(commit and close)", k -> new long[1])[0] +=
                        cpu.getCurrentThreadCpuTime() - before - work[0];
            } else {
                elements += store.writeVideo(g).elements();
            }
        }
        long cpuNanos = cpu.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - start;
        if (!prefix.startsWith("warm")) {
            System.out.printf(Locale.ROOT, "cpu of the writing thread: %.2f s: %.0f elements per cpu-second%n",
                    cpuNanos / 1e9, elements / (cpuNanos / 1e9));
            perStatement.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %8.1f ms cpu total%n", k,
                    v[0] / 1e6));
        }
        return new long[] {elements, wall};
    }

    /** Writers on their own threads, one video per transaction, as an ingest worker pool would. */
    private static long[] parallel(SceneGraphStore store, int videos, int threads) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.List<java.util.concurrent.Future<long[]>> parts = new java.util.ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int part = t;
            parts.add(pool.submit(() -> run(store, "bench" + part, videos / threads)));
        }
        long elements = 0;
        for (java.util.concurrent.Future<long[]> f : parts) {
            elements += f.get()[0];
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d writer threads%n", threads);
        return new long[] {elements, System.nanoTime() - start};
    }

    /** {@code -Dsmall=true}: without boxes, like a VidSTG or STAR graph (per-video overhead dominates). */
    private static final boolean SMALL = Boolean.getBoolean("small");

    private static final boolean TIMED = Boolean.getBoolean("timed");

    private static CypherTx timed(CypherTx tx, Map<String, long[]> into) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        return new CypherTx() {
            @Override
            public Outcome run(String cypher, Map<String, Object> parameters, boolean profile) {
                long t = cpu.getCurrentThreadCpuTime();
                CypherTx.Outcome o = tx.run(cypher, parameters, profile);
                String key = cypher.strip().lines().skip(1).findFirst().orElse(cypher).strip();
                into.computeIfAbsent(key.length() > 40 ? key.substring(0, 40) : key, k -> new long[1])[0] +=
                        cpu.getCurrentThreadCpuTime() - t;
                return o;
            }

            @Override
            public java.util.Optional<org.neo4j.graphdb.Transaction> core() {
                return Boolean.getBoolean("cypher") ? java.util.Optional.empty() : tx.core();
            }
        };
    }
}
