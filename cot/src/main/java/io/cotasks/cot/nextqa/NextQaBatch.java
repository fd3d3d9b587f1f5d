package io.cotasks.cot.nextqa;

import io.cotasks.cot.VideoFacts;
import io.cotasks.datasets.nextqa.NextQaType;
import io.cotasks.store.model.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Generates the CoT of many NExT-QA questions, keeping what the reports need: per type code, how many
 * questions have a graph, a grounded entity, a grounded event (the anchor) and both; and the frame
 * localization of each question with a graph as a NExT-GQA prediction ({@code "video_qid" -> [begin, end]}
 * seconds). Questions whose video has no graph get no CoT and no prediction.
 *
 * @param outcomes    the outcomes of questions with a graph, in input order
 * @param withoutGraph questions whose video has no entity or event in the graph
 * @param coverage    per type, in the order of the codes' spelling: {questions, with graph, entity, event, both}
 */
public record NextQaBatch(List<NextQaCot.Outcome> outcomes, List<Question> withoutGraph,
                          Map<NextQaType, int[]> coverage) {

    /**
     * Generates every question's CoT. The questions are worked through video by video (videos in the order of
     * their first question), so that the generator's per-video state (the video's facts, the statements its
     * earlier questions ran) serves all of a video's questions, however the file interleaves them; outcomes and
     * the questions without a graph keep the input order, and {@code progress} hears of each question as it is
     * done (so a progress bar moves at the pace of the work).
     */
    public static NextQaBatch run(NextQaSource generator, List<Question> questions, Consumer<Question> progress) {
        NextQaCot.Outcome[] byIndex = new NextQaCot.Outcome[questions.size()];
        boolean[] without = new boolean[questions.size()];
        Map<NextQaType, int[]> coverage = NextQaTypes.byCode();
        for (int i : byVideo(questions)) {
            Question q = questions.get(i);
            int[] c = coverage.computeIfAbsent(NextQaTypes.of(q), t -> new int[5]);
            c[0]++;
            VideoFacts facts = generator.facts(q.videoId());
            if (facts.events().isEmpty() && facts.entities().isEmpty()) {
                without[i] = true;
            } else {
                NextQaCot.Outcome o = generator.explainNextQa(q);
                byIndex[i] = o;
                boolean entity = o.plan().grounding().hasEntity();
                boolean event = o.plan().anchor() != null;
                c[1]++;
                c[2] += entity ? 1 : 0;
                c[3] += event ? 1 : 0;
                c[4] += entity && event ? 1 : 0;
            }
            progress.accept(q);
        }
        List<NextQaCot.Outcome> outcomes = new ArrayList<>();
        List<Question> withoutGraph = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (without[i]) {
                withoutGraph.add(questions.get(i));
            } else {
                outcomes.add(byIndex[i]);
            }
        }
        return new NextQaBatch(outcomes, withoutGraph, coverage);
    }

    /** Indexes of the questions grouped by video, videos in the order of their first question, stable within. */
    static int[] byVideo(List<Question> questions) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            groups.computeIfAbsent(questions.get(i).videoId(), v -> new ArrayList<>()).add(i);
        }
        return groups.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    }

    /** Frame localization of every question with a graph, in seconds. */
    public Map<String, double[]> predictions() {
        return predictions(p -> true);
    }

    /** Frame localization of the questions whose plan passes {@code filter}, in seconds. */
    public Map<String, double[]> predictions(Predicate<NextQaPlan> filter) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (NextQaCot.Outcome o : outcomes) {
            NextQaPlan p = o.plan();
            if (filter.test(p)) {
                out.put(p.question().videoId() + "_" + p.question().qid(), p.moment());
            }
        }
        return out;
    }

    /**
     * The parse line of a report: {@code parsed 1610 of 1610 (100.0%), with a temporal clause 675 (41.9%),
     * moment from the temporal clause 430 (26.7%)}, over the questions with a graph.
     */
    public String parseLine() {
        int n = outcomes.size();
        long parsed = outcomes.stream().filter(o -> o.plan().parse().parsed()).count();
        long temporal = outcomes.stream().filter(o -> o.plan().parse().temporal() != null).count();
        long fromTemporal = outcomes.stream()
                .filter(o -> o.plan().source() == NextQaPlan.MomentSource.TEMPORAL_CLAUSE).count();
        return String.format(Locale.ROOT, "parsed %d of %d (%.1f%%), with a temporal clause %d (%.1f%%),"
                        + " moment from the temporal clause %d (%.1f%%)", parsed, n, pct((int) parsed, n), temporal,
                pct((int) temporal, n), fromTemporal, pct((int) fromTemporal, n));
    }

    /** One line per type code and a total: share of questions with a graph that have an entity and an event. */
    public List<String> coverageLines() {
        List<String> out = new ArrayList<>();
        out.add("type  questions  with-graph  entity  event  entity+event");
        int[] total = new int[5];
        coverage.forEach((type, c) -> {
            out.add(line(type.name(), c));
            for (int i = 0; i < 5; i++) {
                total[i] += c[i];
            }
        });
        out.add(line("all", total));
        return out;
    }

    private static String line(String type, int[] c) {
        return String.format(Locale.ROOT, "%-4s  %9d  %10d  %5.1f%%  %4.1f%%  %11.1f%%", type, c[0], c[1],
                pct(c[2], c[1]), pct(c[3], c[1]), pct(c[4], c[1]));
    }

    private static double pct(int n, int d) {
        return d == 0 ? 0 : 100.0 * n / d;
    }
}
