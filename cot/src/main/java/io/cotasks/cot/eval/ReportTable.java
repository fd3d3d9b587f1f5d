package io.cotasks.cot.eval;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The evaluation's result: per category, each metric for each run, plus per-run error counts.
 *
 * @param metrics the metrics in column order
 * @param runs    the runs in column order
 * @param rows    one row per category, in {@link Category#rows()} order
 * @param errors  the counts of each run
 */
public record ReportTable(List<Metric> metrics, List<Run> runs, List<Row> rows, Map<Run, Counts> errors) {

    public ReportTable {
        metrics = List.copyOf(metrics);
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
        errors = Map.copyOf(errors);
    }

    /**
     * One category's row.
     *
     * @param category  the category
     * @param questions the questions of this category
     * @param cells     metric -> run -> the mean over the items scored
     */
    public record Row(Category category, int questions, Map<Metric, Map<Run, Cell>> cells) {

        /** The metric's percentage for a run, empty when no item was scored. */
        public OptionalDouble value(Metric metric, Run run) {
            Cell cell = cells.getOrDefault(metric, Map.of()).get(run);
            return cell == null || cell.n() == 0 ? OptionalDouble.empty() : OptionalDouble.of(cell.sum() / cell.n());
        }

        /** CoT minus baseline, empty unless both have a value. */
        public OptionalDouble delta(Metric metric) {
            OptionalDouble base = value(metric, Run.BASELINE);
            OptionalDouble cot = value(metric, Run.COT);
            return base.isPresent() && cot.isPresent()
                    ? OptionalDouble.of(cot.getAsDouble() - base.getAsDouble()) : OptionalDouble.empty();
        }
    }

    /** A sum of per-item percentages and how many items it has. */
    public record Cell(int n, double sum) {
        Cell plus(double value) {
            return new Cell(n + 1, sum + value);
        }
    }

    /**
     * What happened to one run's items.
     *
     * @param answered       answers with a usable reply
     * @param malformed      replies that named no answer or were not chat completions (scored as wrong)
     * @param failed         items with no reply after all retries (asked again on the next run)
     * @param judged         answers the judge scored
     * @param judgeMalformed judge replies without a readable verdict (left out of the judge metrics)
     * @param judgeFailed    answers the judge never replied to
     */
    public record Counts(int answered, int malformed, int failed, int judged, int judgeMalformed, int judgeFailed) {
    }

    public Row row(String category) {
        return rows.stream().filter(r -> r.category().name().equals(category)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + category));
    }
}
