package io.cotasks.cot.star;

import io.cotasks.query.QueryEngine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs every STAR question's program on the graph and scores the choice the graph supports against the
 * annotation: a question is answered when exactly one choice's check program says Correct and it is the
 * annotated one. Every other question is a miss, explained with the steps' results.
 *
 * @param runs the runs in question order
 */
public record StarEvaluation(List<StarRun> runs) {

    /** The four STAR question types in the benchmark's order. */
    public static final List<String> TYPES = List.of("Interaction", "Sequence", "Prediction", "Feasibility");

    public StarEvaluation {
        runs = List.copyOf(runs);
    }

    /** Runs all questions; {@code progress} is told after each. */
    public static StarEvaluation run(QueryEngine engine, List<StarQuestion> questions, Consumer<StarRun> progress) {
        List<StarRun> runs = new ArrayList<>();
        for (StarQuestion q : questions) {
            StarRun run = StarProgramRunner.run(engine, q);
            runs.add(run);
            progress.accept(run);
        }
        return new StarEvaluation(runs);
    }

    public long correct() {
        return runs.stream().filter(StarRun::correct).count();
    }

    public double accuracy() {
        return runs.isEmpty() ? 0 : (double) correct() / runs.size();
    }

    /** The report: one block per miss, one line per type, and the closing accuracy line. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (StarRun run : runs) {
            if (!run.correct()) {
                StarQuestion q = run.question();
                out.add("MISS " + q.question().qid() + " (video " + q.videoId() + "): " + q.question().text());
                out.add("  why: " + run.explanation());
                for (StarStep step : run.steps()) {
                    out.add("  " + step.describe());
                }
            }
        }
        Map<String, int[]> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, new int[2]));
        for (StarRun run : runs) {
            int[] c = byType.computeIfAbsent(run.question().type(), t -> new int[2]);
            c[1]++;
            c[0] += run.correct() ? 1 : 0;
        }
        byType.forEach((type, c) -> out.add(String.format(Locale.ROOT, "%-12s %.3f (%d/%d)", type,
                c[1] == 0 ? 0.0 : (double) c[0] / c[1], c[0], c[1])));
        out.add(String.format(Locale.ROOT, "accuracy: %.3f (%d/%d)", accuracy(), correct(), runs.size()));
        return out;
    }
}
