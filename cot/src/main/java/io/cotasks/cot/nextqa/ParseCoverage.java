package io.cotasks.cot.nextqa;

import io.cotasks.datasets.nextqa.NextQaType;
import io.cotasks.store.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much of a question set the analyser parses: per type code, the questions, the parsed ones, those with
 * a temporal clause (a connective and its clause) and those naming a part of the video.
 *
 * @param counts per type, in the order of the codes' spelling: {questions, parsed, temporal clause, part named}
 */
public record ParseCoverage(Map<NextQaType, int[]> counts) {

    /** Parses every question. */
    public static ParseCoverage of(List<Question> questions, QuestionAnalyser analyser) {
        Map<NextQaType, int[]> counts = NextQaTypes.byCode();
        for (Question q : questions) {
            QuestionParse p = analyser.parse(q.text());
            int[] c = counts.computeIfAbsent(NextQaTypes.of(q), t -> new int[4]);
            c[0]++;
            c[1] += p.parsed() ? 1 : 0;
            c[2] += p.temporal() != null ? 1 : 0;
            c[3] += p.part() != null ? 1 : 0;
        }
        return new ParseCoverage(counts);
    }

    /** The totals over all type codes. */
    public int[] total() {
        int[] t = new int[4];
        counts.values().forEach(c -> {
            for (int i = 0; i < 4; i++) {
                t[i] += c[i];
            }
        });
        return t;
    }

    /** A table: one line per type code and a total. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("type  questions  parsed  temporal-clause  part-named");
        counts.forEach((type, c) -> out.add(line(type.name(), c)));
        out.add(line("all", total()));
        return out;
    }

    private static String line(String type, int[] c) {
        return String.format(Locale.ROOT, "%-4s  %9d  %5.1f%%  %14.1f%%  %9.1f%%", type, c[0], pct(c[1], c[0]),
                pct(c[2], c[0]), pct(c[3], c[0]));
    }

    private static double pct(int n, int d) {
        return d == 0 ? 0 : 100.0 * n / d;
    }
}
