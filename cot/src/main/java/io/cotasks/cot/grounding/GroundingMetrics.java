package io.cotasks.cot.grounding;

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
    public static double[] iouIop(double[] truth, double[] prediction) {
        if (prediction[0] == prediction[1]) {
            boolean inside = truth[0] <= prediction[0] && prediction[0] <= truth[1];
            return new double[]{0, inside ? 1 : 0};
        }
        double unionBegin = Math.min(truth[0], prediction[0]);
        double unionEnd = Math.max(truth[1], prediction[1]);
        double inter = Math.min(truth[1], prediction[1]) - Math.max(truth[0], prediction[0]);
        double iou = unionEnd > unionBegin ? inter / (unionEnd - unionBegin) : 0;
        double iop = prediction[1] > prediction[0] ? inter / (prediction[1] - prediction[0]) : 0;
        return new double[]{iou, iop};
    }

    /**
     * Scores predictions ({@code "video_qid" -> [begin, end]} seconds) against ground truth
     * ({@code video -> qid -> segments}).
     */
    public static GroundingScore score(Map<String, Map<String, List<double[]>>> truth, Map<String, double[]> predictions) {
        int n = 0;
        double sumIou = 0;
        double sumIop = 0;
        int iop3 = 0;
        int iop5 = 0;
        int iou3 = 0;
        int iou5 = 0;
        for (var video : truth.entrySet()) {
            for (var q : video.getValue().entrySet()) {
                double[] p = predictions.get(video.getKey() + "_" + q.getKey());
                if (p == null) {
                    continue;
                }
                double bestIou = 0;
                double bestIop = 0;
                for (double[] segment : q.getValue()) {
                    double[] s = iouIop(segment, p);
                    bestIou = Math.max(bestIou, s[0]);
                    bestIop = Math.max(bestIop, s[1]);
                }
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
