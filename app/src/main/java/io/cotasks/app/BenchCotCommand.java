package io.cotasks.app;

import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.cot.nextqa.NextQaBatch;
import io.cotasks.cot.nextqa.QuestionAnalyser;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.model.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code cotasks bench cot}: CoT generation throughput over a NExT-QA question file (default: the MC val set
 * of the shared data), questions split by video over worker threads, one generator (one DSL session) per
 * thread. Prints a warm-up pass and a measured pass; each pass parses every question again (the analyser's
 * parses kept per question text are dropped before it), so the measured pass is not served by the warm-up.
 */
@Command(name = "cot", description = "Measure CoT generation throughput (questions per second).")
public final class BenchCotCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--questions", paramLabel = "CSV", required = true,
            description = "NExT-QA question CSV, e.g. the full val.csv of NExT-QA_mc.")
    Path questions;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(questions)) {
            throw new CotasksException("no such file: " + questions, CotasksException.USAGE, null);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CotasksException("--threads must be at least 1", CotasksException.USAGE, null);
        }
        List<Question> qs = NextQaQuestionFile.read(questions, spec.commandLine().getErr());
        List<List<Question>> parts = split(qs, n);
        PrintWriter out = spec.commandLine().getOut();
        try (SceneGraphStore db = store.open()) {
            for (String pass : List.of("warm-up", "measured")) {
                // The analyser keeps parses per question text; the measured pass must parse as a first run does.
                QuestionAnalyser.standard().forgetParses();
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                int[] counts = runAll(db, parts);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (cpuNanos() - cpuStart) / 1e9;
                out.println(String.format(Locale.ROOT,
                        "%-8s questions %d (with a graph %d), threads %d, %.2f s, %.1f questions/s (%.1f with a graph/s);"
                                + " process CPU %.2f s = %.1f questions per CPU-second; load average %.1f",
                        pass, qs.size(), counts[1], n, seconds, qs.size() / seconds, counts[1] / seconds, cpu,
                        cpu > 0 ? qs.size() / cpu : 0, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage()));
                out.flush();
            }
        }
        return 0;
    }

    /** CPU time of this process (all threads, Neo4j's included). */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static int[] runAll(SceneGraphStore db, List<List<Question>> parts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parts.size());
        try {
            List<Future<NextQaBatch>> futures = new ArrayList<>();
            for (List<Question> part : parts) {
                futures.add(pool.submit(() -> NextQaBatch.run(CotGenerator.on(db), part, q -> { })));
            }
            int[] counts = new int[2];
            for (Future<NextQaBatch> f : futures) {
                NextQaBatch b = f.get();
                counts[1] += b.outcomes().size();
                counts[0] += b.outcomes().size() + b.withoutGraph().size();
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Questions grouped by video, videos dealt round-robin to the parts. */
    static List<List<Question>> split(List<Question> qs, int n) {
        Map<String, List<Question>> byVideo = new LinkedHashMap<>();
        qs.forEach(q -> byVideo.computeIfAbsent(q.videoId(), v -> new ArrayList<>()).add(q));
        List<List<Question>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
        }
        int i = 0;
        for (List<Question> group : byVideo.values()) {
            parts.get(i++ % n).addAll(group);
        }
        return parts;
    }
}
