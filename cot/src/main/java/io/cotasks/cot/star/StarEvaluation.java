package io.cotasks.cot.star;

import io.cotasks.query.QueryEngine;
import io.cotasks.store.star.StarClasses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs every STAR question's program on the graph and scores the choice the graph supports against the
 * annotation: a question is answered when exactly one choice's check says Correct and it is the annotated
 * one. A question whose program fails (what would stop the reference executor) is an error: reported with
 * its steps, counted, and the run goes on. A file without answers (STAR_test.json) is only run.
 *
 * @param runs       the runs in question order
 * @param fileErrors records of the question file that could not be read, one line each
 */
public record StarEvaluation(List<StarRun> runs, List<String> fileErrors) {

    /** The four STAR question types in the benchmark's order. */
    public static final List<String> TYPES = List.of("Interaction", "Sequence", "Prediction", "Feasibility");

    public StarEvaluation {
        runs = List.copyOf(runs);
        fileErrors = List.copyOf(fileErrors);
    }

    /** Runs all questions with the shipped vocabularies; {@code progress} is told after each. */
    public static StarEvaluation run(QueryEngine engine, List<StarQuestion> questions, Consumer<StarRun> progress) {
        return run(engine, StarClasses.shipped(), questions, List.of(), progress);
    }

    /** Runs all questions, each video read once; {@code progress} is told after each. */
    public static StarEvaluation run(QueryEngine engine, StarClasses classes, List<StarQuestion> questions,
                                     List<String> fileErrors, Consumer<StarRun> progress) {
        StarProgramRunner runner = StarProgramRunner.on(engine, classes);
        List<StarRun> runs = new ArrayList<>();
        for (StarQuestion q : questions) {
            StarRun run;
            try {
                run = runner.run(q);
            } catch (RuntimeException e) {
                run = new StarRun(q, List.of(), "None", List.of(), e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
            }
            runs.add(run);
            progress.accept(run);
        }
        return new StarEvaluation(runs, fileErrors);
    }

    public long correct() {
        return runs.stream().filter(StarRun::correct).count();
    }

    /** Questions that could not be scored: failed programs and unreadable records. */
    public long errors() {
        return runs.stream().filter(r -> r.error() != null).count() + fileErrors.size();
    }

    /** True when the file gives answers (every question but those of a test split). */
    public boolean answered() {
        return runs.stream().anyMatch(r -> r.question().answered());
    }

    public double accuracy() {
        long total = runs.size() + fileErrors.size();
        return total == 0 ? 0 : (double) correct() / total;
    }

    /** The report: one block per error and miss, one line per type, and the closing accuracy line. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(fileErrors.stream().map(e -> "ERROR " + e).toList());
        for (StarRun run : runs) {
            if (run.error() != null || (answered() && !run.correct())) {
                StarQuestion q = run.question();
                out.add((run.error() != null ? "ERROR " : "MISS ") + q.question().qid() + " (video " + q.videoId() + "): "
                        + q.question().text());
                out.add(run.error() != null ? "  error: " + run.error() : "  why: " + run.explanation());
                for (StarStep step : run.steps()) {
                    out.add("  " + step.describe());
                }
            }
        }
        if (!answered()) {
            out.add(String.format(Locale.ROOT, "ran %d questions, %d errors (the file has no answers to score)",
                    runs.size() + fileErrors.size(), errors()));
            return out;
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
        if (errors() > 0) {
            out.add("errors: " + errors() + " (counted as wrong)");
        }
        out.add(String.format(Locale.ROOT, "accuracy: %.3f (%d/%d)", accuracy(), correct(), runs.size() + fileErrors.size()));
        return out;
    }
}
