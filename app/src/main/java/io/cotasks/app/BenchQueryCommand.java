package io.cotasks.app;

import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.vidor.VidorAdapter;
import io.cotasks.query.QueryEngine;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Schema;
import io.cotasks.store.Stores;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;
import me.tongfei.progressbar.ProgressBar;
import io.cotasks.ingest.ConsoleProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code cotasks bench query}: compile time (median) and p50/p99 latency of each CoTask operator on one
 * video of a store of many videos: the real VidOR graph 2793806282 replicated under new ids.
 */
@Command(name = "query", description = "Measure DSL compile time and CoTask operator latency on a store of 1,000+ videos.")
public final class BenchQueryCommand implements Callable<Integer> {

    static final String SOURCE_VIDEO = "2793806282";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The datasets folder (default: $COTASKS_DATA; one of them is required).")
    Path data;

    @Option(names = "--db", paramLabel = "DIR", description = "Benchmark database folder, kept and reused (default: a temporary folder, deleted after).")
    Path db;

    @Option(names = "--videos", paramLabel = "N", defaultValue = "1000", description = "Videos in the store (default: ${DEFAULT-VALUE}).")
    int videos;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "300", description = "Timed runs per operator (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--compiles", paramLabel = "N", defaultValue = "5000", description = "Timed compilations per statement (default: ${DEFAULT-VALUE}).")
    int compiles;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = BenchCommand.sharedData(data);
        Path dir = db != null ? db : Files.createTempDirectory("cotasks-bench-query");
        try (SceneGraphStore store = Stores.embedded(dir)) {
            long built = fill(store, dataDir, out);
            String target = replicaId(videos / 2);
            Map<String, String> operators = operators(target);
            QueryEngine engine = QueryEngine.on(store);
            out.printf(Locale.ROOT, "store: %,d videos (%s), operators on video %s%n", count(store), built == 0
                    ? "reused" : "built " + built + " now", target);
            double compileMedian = compileMedian(engine, operators.values());
            out.printf(Locale.ROOT, "compile (parse + check + Cypher-DSL), median over %,d x %d statements: %.3f ms%n",
                    compiles, operators.size(), compileMedian);
            out.printf(Locale.ROOT, "%-10s %8s %9s %9s %9s%n", "operator", "rows", "p50 ms", "p99 ms", "max ms");
            for (Map.Entry<String, String> op : operators.entrySet()) {
                double[] t = latencies(engine, op.getValue());
                int rows = engine.run(op.getValue()).rows().size();
                out.printf(Locale.ROOT, "%-10s %8d %9.2f %9.2f %9.2f%n", op.getKey(), rows, percentile(t, 50),
                        percentile(t, 99), t[t.length - 1]);
            }
            out.println("statements:");
            operators.forEach((name, s) -> out.println("  " + name + ": " + s));
            out.flush();
        } finally {
            if (db == null) {
                BenchCommand.deleteTree(dir);
            }
        }
        return 0;
    }

    static Map<String, String> operators(String video) {
        Map<String, String> ops = new LinkedHashMap<>();
        String in = " IN VIDEO '" + video + "'";
        ops.put("LOCALIZE", "LOCALIZE (x:adult)-[watch]->(y:dog)" + in);
        ops.put("TRACK", "TRACK (x#1)" + in + " FRAMES 29..119 SAMPLE 8");
        ops.put("SPATIAL", "SPATIAL (x:adult), (y:dog)" + in + " AT FRAME 30");
        ops.put("TEMPORAL", "TEMPORAL a = (x#0)-[watch]->(y#1), b = (x)-[pull]->(y)" + in);
        ops.put("EVENTS", "EVENTS a = (x:adult)-[watch]->(y:dog), b = (x)-[pull]->(y)" + in
                + " WHERE a BEFORE b RETURN COUNT(*)");
        return ops;
    }

    private long fill(SceneGraphStore store, Path dataDir, PrintWriter out) {
        long have = count(store);
        if (have >= videos) {
            return 0;
        }
        Path file = dataDir.resolve("vidor/annotations/" + SOURCE_VIDEO + ".json");
        if (!Files.isRegularFile(file)) {
            throw new CotasksException(file + ": no such file (set --data)", CotasksException.USAGE, null);
        }
        List<IngestUnit> units = VidorAdapter.create().units(List.of(file));
        VideoGraph original = units.get(0).load().graph();
        out.println("building the store: " + videos + " copies of VidOR " + SOURCE_VIDEO + " ("
                + original.elementCount() + " elements each)");
        out.flush();
        long written = 0;
        try (ProgressBar bar = ConsoleProgress.builder("videos", videos - have, null).build()) {
            for (long k = have; k < videos; k++) {
                store.writeVideo(rename(original, replicaId((int) k)));
                bar.step();
                written++;
            }
        }
        return written;
    }

    static String replicaId(int k) {
        return SOURCE_VIDEO + "~q" + k;
    }

    /** The same graph under another video id: every natural key that embeds the id follows it. */
    static VideoGraph rename(VideoGraph g, String id) {
        Video v = g.video();
        Video video = new Video(id, v.dataset(), v.fps(), v.frameCount(), v.width(), v.height());
        List<Entity> entities = g.entities().stream()
                .map(e -> new Entity(id, e.trackId(), e.category(), e.source(), e.confidence())).toList();
        List<Event> events = g.events().stream().map(e -> new Event(id, e.predicate(), e.kind(), e.subjectTid(),
                e.objectTid(), e.begin(), e.end(), e.source(), e.confidence(), e.label())).toList();
        String prefix = v.id() + "#";
        List<TemporalRelation> temporal = g.temporal().stream().map(t -> new TemporalRelation(
                id + "#" + t.fromUid().substring(prefix.length()), t.relation(),
                id + "#" + t.toUid().substring(prefix.length()))).toList();
        return new VideoGraph(video, g.origin(), null, entities, g.boxes(), events, temporal, g.captions());
    }

    private static long count(SceneGraphStore store) {
        return store.stats().label(Schema.VIDEO);
    }

    private double compileMedian(QueryEngine engine, java.util.Collection<String> statements) {
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            times.clear();
            for (String s : statements) {
                for (int i = 0; i < compiles; i++) {
                    long start = System.nanoTime();
                    engine.compile(s);
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return percentile(t, 50);
    }

    private double[] latencies(QueryEngine engine, String statement) {
        for (int i = 0; i < Math.max(20, runs / 10); i++) {
            engine.run(statement);
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            engine.run(statement);
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return t;
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
