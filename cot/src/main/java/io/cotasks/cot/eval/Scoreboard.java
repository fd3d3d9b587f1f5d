package io.cotasks.cot.eval;

import io.cotasks.store.model.Question;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scores the results file against the questions. Group and overall rows average over items (as NExT-OE
 * does), not over types. Malformed answers score 0; judge metrics leave out answers without a verdict.
 */
public final class Scoreboard {

    private Scoreboard() {
    }

    /**
     * The table for these questions and runs.
     *
     * @param judged whether open-ended answers were judged (adds the judge metrics)
     * @param wups   WordNet for open-ended answers; only called when there are open-ended questions
     */
    public static ReportTable score(List<Question> questions, List<Run> runs, ResultLog log, boolean judged,
                                    Supplier<Wups> wups) {
        boolean anyMc = questions.stream().anyMatch(q -> !q.choices().isEmpty());
        boolean anyOe = questions.stream().anyMatch(q -> q.choices().isEmpty());
        List<Metric> metrics = new ArrayList<>();
        if (anyMc) {
            metrics.add(Metric.ACCURACY);
        }
        if (judged) {
            metrics.addAll(List.of(Metric.JUDGE_ACCURACY, Metric.JUDGE_SCORE));
        }
        if (anyOe) {
            metrics.addAll(List.of(Metric.WUPS0, Metric.WUPS9));
        }
        Wups wordNet = anyOe ? wups.get() : null;
        List<ItemScores> items = new ArrayList<>();
        for (Question q : questions) {
            for (Run run : runs) {
                items.add(itemScores(q, run, log, judged, wordNet));
            }
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Category category : Category.rows()) {
            rows.add(row(category, questions, items, metrics, runs));
        }
        Map<Run, ReportTable.Counts> counts = new EnumMap<>(Run.class);
        for (Run run : runs) {
            counts.put(run, counts(questions, run, log, judged));
        }
        return new ReportTable(metrics, runs, rows, counts);
    }

    private record ItemScores(String type, Run run, Map<Metric, Double> values) {
    }

    private static ItemScores itemScores(Question q, Run run, ResultLog log, boolean judged, Wups wups) {
        ResultLog.Key key = new ResultLog.Key(q.uid(), run);
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        Optional<ResultLine> answer = log.answer(key).filter(ResultLine::finished);
        if (answer.isEmpty()) {
            return new ItemScores(q.type(), run, values);
        }
        boolean ok = answer.get().ok();
        if (!q.choices().isEmpty()) {
            values.put(Metric.ACCURACY, Boolean.TRUE.equals(answer.get().correct()) ? 100.0 : 0.0);
        } else {
            String prediction = ok ? answer.get().reply() : "";
            values.put(Metric.WUPS0, ok ? 100 * wups.score(q.type(), prediction, q.answer(), 0.0) : 0.0);
            values.put(Metric.WUPS9, ok ? 100 * wups.score(q.type(), prediction, q.answer(), 0.9) : 0.0);
        }
        if (judged) {
            Optional<ResultLine> verdict = log.verdict(key).filter(ResultLine::ok);
            if (!ok) {
                values.put(Metric.JUDGE_ACCURACY, 0.0);
                values.put(Metric.JUDGE_SCORE, 0.0);
            } else if (verdict.isPresent()) {
                values.put(Metric.JUDGE_ACCURACY, Boolean.TRUE.equals(verdict.get().yes()) ? 100.0 : 0.0);
                values.put(Metric.JUDGE_SCORE, 20 * verdict.get().score());
            }
        }
        return new ItemScores(q.type(), run, values);
    }

    private static ReportTable.Row row(Category category, List<Question> questions, List<ItemScores> items,
                                       List<Metric> metrics, List<Run> runs) {
        int n = (int) questions.stream().filter(q -> category.types().contains(q.type())).count();
        Map<Metric, Map<Run, ReportTable.Cell>> cells = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            Map<Run, ReportTable.Cell> byRun = new EnumMap<>(Run.class);
            for (Run run : runs) {
                ReportTable.Cell cell = new ReportTable.Cell(0, 0);
                for (ItemScores item : items) {
                    Double value = item.values().get(metric);
                    if (item.run() == run && value != null && category.types().contains(item.type())) {
                        cell = cell.plus(value);
                    }
                }
                byRun.put(run, cell);
            }
            cells.put(metric, byRun);
        }
        return new ReportTable.Row(category, n, cells);
    }

    private static ReportTable.Counts counts(List<Question> questions, Run run, ResultLog log, boolean judged) {
        int answered = 0;
        int malformed = 0;
        int failed = 0;
        int verdicts = 0;
        int judgeMalformed = 0;
        int judgeFailed = 0;
        for (Question q : questions) {
            ResultLog.Key key = new ResultLog.Key(q.uid(), run);
            Optional<ResultLine> answer = log.answer(key);
            if (answer.isEmpty() || !answer.get().finished()) {
                failed++;
                continue;
            }
            if (!answer.get().ok()) {
                malformed++;
                continue;
            }
            answered++;
            if (judged) {
                Optional<ResultLine> verdict = log.verdict(key);
                if (verdict.isEmpty() || !verdict.get().finished()) {
                    judgeFailed++;
                } else if (verdict.get().ok()) {
                    verdicts++;
                } else {
                    judgeMalformed++;
                }
            }
        }
        return new ReportTable.Counts(answered, malformed, failed, verdicts, judgeMalformed, judgeFailed);
    }
}
