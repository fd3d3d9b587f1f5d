package io.cotasks.cot.grounding;

import io.cotasks.datasets.nextqa.GqaSpans;
import io.cotasks.store.model.Span;

import java.util.List;
import java.util.Map;

/**
 * The NExT-GQA grounding evaluation ({@code eval_ground.py}): one predicted span per question; against each
 * ground-truth segment, IoU = intersection / union and IoP = intersection / prediction length (a
 * zero-length prediction scores IoP 1 when it lies inside the segment); a question takes its best IoU and
 * best IoP over its segments; questions without a prediction are not scored.
 */
public final class GroundingMetrics {

    private GroundingMetrics() {
    }

    /** IoU and IoP of a prediction against one ground-truth segment, as {@code [iou, iop]}. */
    public static double[] iouIop(Span truth, double[] prediction) {
        if (prediction[0] == prediction[1]) {
            boolean inside = truth.begin() <= prediction[0] && prediction[0] <= truth.end();
            return new double[]{0, inside ? 1 : 0};
        }
        double unionBegin = Math.min(truth.begin(), prediction[0]);
        double unionEnd = Math.max(truth.end(), prediction[1]);
        double inter = Math.min(truth.end(), prediction[1]) - Math.max(truth.begin(), prediction[0]);
        double iou = unionEnd > unionBegin ? inter / (unionEnd - unionBegin) : 0;
        double iop = prediction[1] > prediction[0] ? inter / (prediction[1] - prediction[0]) : 0;
        return new double[]{iou, iop};
    }

    /** A question's figures: the best IoU and, separately, the best IoP over its segments, as {@code [iou, iop]}. */
    public static double[] best(List<Span> segments, double[] prediction) {
        double bestIou = 0;
        double bestIop = 0;
        for (Span segment : segments) {
            double[] s = iouIop(segment, prediction);
            bestIou = Math.max(bestIou, s[0]);
            bestIop = Math.max(bestIop, s[1]);
        }
        return new double[]{bestIou, bestIop};
    }

    /**
     * Scores predictions ({@code "video_qid" -> [begin, end]} seconds) against ground truth
     * (a gsub file's spans).
     */
    public static GroundingScore score(GqaSpans truth, Map<String, double[]> predictions) {
        int n = 0;
        double sumIou = 0;
        double sumIop = 0;
        int iop3 = 0;
        int iop5 = 0;
        int iou3 = 0;
        int iou5 = 0;
        for (var video : truth.videos().entrySet()) {
            for (var q : video.getValue().byQid().entrySet()) {
                double[] p = predictions.get(video.getKey() + "_" + q.getKey());
                if (p == null) {
                    continue;
                }
                double[] best = best(q.getValue(), p);
                double bestIou = best[0];
                double bestIop = best[1];
                n++;
                sumIou += bestIou;
                sumIop += bestIop;
                iop3 += bestIop >= 0.3 ? 1 : 0;
                iop5 += bestIop >= 0.5 ? 1 : 0;
                iou3 += bestIou >= 0.3 ? 1 : 0;
                iou5 += bestIou >= 0.5 ? 1 : 0;
            }
        }
        if (n == 0) {
            return new GroundingScore(0, 0, 0, 0, 0, 0, 0);
        }
        double pct = 100.0 / n;
        return new GroundingScore(n, sumIop * pct, iop3 * pct, iop5 * pct, sumIou * pct, iou3 * pct, iou5 * pct);
    }
}
