package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;
import org.bytedeco.opencv.opencv_core.Mat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;

/**
 * Detection quality against STAR's annotated keyframes ({@link StarKeyframes}). Detections are matched per
 * class greedily, best score first, to the unmatched ground-truth box of highest IoU; a match needs IoU
 * &ge; 0.5 (PASCAL VOC's rule). For people: recall = TP / person boxes, precision = TP / person detections,
 * at each score threshold of a sweep and at the detector's own threshold, from one detector run at the
 * lowest threshold. For every STAR object class with a COCO counterpart ({@link StarKeyframes#COCO}):
 * recall at the detector's own threshold.
 */
public final class DetectionEvaluation {

    /** The PASCAL VOC match rule. */
    public static final double IOU = 0.5;

    private DetectionEvaluation() {
    }

    /**
     * Person counts at one score threshold.
     *
     * @param threshold      minimum detection score
     * @param groundTruth    person boxes annotated
     * @param detections     person detections kept at this threshold
     * @param truePositives  detections matched to a person box at the IoU threshold
     */
    public record Point(double threshold, int groundTruth, int detections, int truePositives) {

        public double recall() {
            return groundTruth == 0 ? 0 : (double) truePositives / groundTruth;
        }

        public double precision() {
            return detections == 0 ? 0 : (double) truePositives / detections;
        }
    }

    /**
     * Recall of one STAR class at the detector's threshold.
     *
     * @param starClass     the STAR class, e.g. cup/glass/bottle
     * @param coco          its COCO counterparts
     * @param groundTruth   its annotated boxes
     * @param detections    detections of the counterparts on the keyframes
     * @param truePositives boxes found
     */
    public record ClassRecall(String starClass, Set<String> coco, int groundTruth, int detections, int truePositives) {

        public double recall() {
            return groundTruth == 0 ? 0 : (double) truePositives / groundTruth;
        }
    }

    /**
     * The evaluation of one detector.
     *
     * @param detector  its name
     * @param threshold its own score threshold
     * @param keyframes keyframes evaluated
     * @param seconds   wall time of detection over them (the model load included)
     * @param sweep     person recall and precision per threshold of the sweep, ascending
     * @param atDefault person recall and precision at {@code threshold}
     * @param classes   recall per STAR class with a COCO counterpart and boxes on the keyframes
     */
    public record Result(String detector, double threshold, int keyframes, double seconds, List<Point> sweep,
                         Point atDefault, List<ClassRecall> classes) {

        /** {@code centernet: person recall 0.91 precision 0.88 (IoU 0.5, score >= 0.3)}. */
        public String summary(double iou) {
            return String.format(java.util.Locale.ROOT, "%s: person recall %.2f precision %.2f (IoU %s, score >= %s)",
                    detector, atDefault.recall(), atDefault.precision(), trim(iou), trim(threshold));
        }

        private static String trim(double v) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * Runs {@code detector} (built at the lowest of {@code thresholds} and its own) on the keyframes of
     * {@code starDir} (the folder with {@code sel_examples.json}, {@code obj_rel_cls_dict.json} and
     * {@code keyframes/}), resized to {@code detectWidth} when positive.
     */
    public static Result run(Path starDir, DetectorSpec detector, int detectWidth, List<Double> thresholds, double iou) {
        double own = detector.scoreThreshold();
        double lowest = Math.min(own, thresholds.stream().min(Double::compare).orElse(own));
        List<StarKeyframes.Keyframe> keyframes = StarKeyframes.read(starDir);
        List<List<Detection>> found = new ArrayList<>();
        long start = System.nanoTime();
        try (Detector d = detector.withScoreThreshold(lowest).create()) {
            for (StarKeyframes.Keyframe k : keyframes) {
                found.add(detect(d, k.png(), detectWidth));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Point> sweep = thresholds.stream().sorted().map(t -> score(keyframes, found, t, iou)).toList();
        List<ClassRecall> classes = new ArrayList<>();
        for (Map.Entry<String, Set<String>> c : StarKeyframes.COCO.entrySet()) {
            ClassRecall r = classRecall(keyframes, found, c.getKey(), c.getValue(), own, iou);
            if (r.groundTruth() > 0) {
                classes.add(r);
            }
        }
        return new Result(detector.describe(), own, keyframes.size(), seconds, sweep,
                score(keyframes, found, own, iou), classes);
    }

    private static List<Detection> detect(Detector detector, Path png, int detectWidth) {
        try (Mat image = imread(png.toString())) {
            if (image.empty()) {
                throw new IngestException(png + ": not a readable image");
            }
            if (detectWidth <= 0 || detectWidth == image.cols()) {
                return detector.detect(image);
            }
            double factor = (double) detectWidth / image.cols();
            try (Mat scaled = new Mat()) {
                org.bytedeco.opencv.global.opencv_imgproc.resize(image, scaled,
                        new org.bytedeco.opencv.opencv_core.Size(detectWidth, (int) Math.round(image.rows() * factor)));
                List<Detection> out = new ArrayList<>();
                for (Detection det : detector.detect(scaled)) {
                    Detection back = det.scaledAndClipped(1 / factor, image.cols(), image.rows());
                    if (back != null) {
                        out.add(back);
                    }
                }
                return out;
            }
        }
    }

    static Point score(List<StarKeyframes.Keyframe> keyframes, List<List<Detection>> found, double threshold, double iou) {
        ClassRecall r = classRecall(keyframes, found, "person", Set.of("person"), threshold, iou);
        return new Point(threshold, r.groundTruth(), r.detections(), r.truePositives());
    }

    private static ClassRecall classRecall(List<StarKeyframes.Keyframe> keyframes, List<List<Detection>> found,
                                           String starClass, Set<String> coco, double threshold, double iou) {
        Set<String> categories = coco.stream().map(CocoVocabulary.standard()::categoryOf).collect(Collectors.toSet());
        int gt = 0;
        int dets = 0;
        int tp = 0;
        for (int i = 0; i < keyframes.size(); i++) {
            List<double[]> truth = keyframes.get(i).boxesOf(starClass);
            List<Detection> kept = found.get(i).stream()
                    .filter(d -> categories.contains(d.category()) && d.score() >= threshold)
                    .sorted(Comparator.comparingDouble(Detection::score).reversed()).toList();
            gt += truth.size();
            dets += kept.size();
            tp += matches(truth, kept, iou);
        }
        return new ClassRecall(starClass, new TreeSet<>(coco), gt, dets, tp);
    }

    /** Greedy one-to-one matching, detections best first. */
    static int matches(List<double[]> truth, List<Detection> detections, double minIou) {
        boolean[] used = new boolean[truth.size()];
        int tp = 0;
        for (Detection d : detections) {
            int best = -1;
            double bestIou = minIou;
            for (int g = 0; g < truth.size(); g++) {
                double[] t = truth.get(g);
                double iou = Detection.iou(d.x1(), d.y1(), d.x2(), d.y2(), t[0], t[1], t[2], t[3]);
                if (!used[g] && iou >= bestIou) {
                    best = g;
                    bestIou = iou;
                }
            }
            if (best >= 0) {
                used[best] = true;
                tp++;
            }
        }
        return tp;
    }
}
