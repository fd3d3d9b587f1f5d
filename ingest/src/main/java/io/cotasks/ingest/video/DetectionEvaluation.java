package io.cotasks.ingest.video;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.ingest.IngestException;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;

/**
 * Person detection quality against STAR's annotated keyframes: every distinct (video, keyframe) of
 * {@code sel_examples.json} with its PNG under {@code keyframes/VIDEO/FRAME.png}; the ground truth is the
 * boxes whose label maps to {@code person} through {@code obj_rel_cls_dict.json}. Detections of category
 * person are matched greedily, best score first, to the unmatched ground-truth box of highest IoU; a match
 * needs IoU &ge; 0.5 (PASCAL VOC's rule). Recall = TP / ground truth, precision = TP / detections, at each
 * score threshold of a sweep, from one detector run at the lowest threshold.
 */
public final class DetectionEvaluation {

    /** The PASCAL VOC match rule. */
    public static final double IOU = 0.5;

    private DetectionEvaluation() {
    }

    /**
     * Counts at one score threshold.
     *
     * @param threshold      minimum detection score
     * @param groundTruth    person boxes annotated
     * @param detections     person detections kept at this threshold
     * @param truePositives  detections matched to a person box at IoU &ge; 0.5
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
     * The evaluation.
     *
     * @param keyframes keyframes evaluated
     * @param seconds   wall time of detection over them
     * @param sweep     recall and precision per threshold, ascending
     */
    public record Result(int keyframes, double seconds, List<Point> sweep) {
    }

    /** A keyframe and its person boxes {@code [x1,y1,x2,y2]}. */
    record Keyframe(String videoId, String frame, Path png, List<double[]> persons) {
    }

    /**
     * Runs {@code detector} (built at the lowest threshold of {@code thresholds}) on the keyframes of
     * {@code starDir} (the folder with {@code sel_examples.json}, {@code obj_rel_cls_dict.json} and
     * {@code keyframes/}), resized to {@code detectWidth} when positive.
     */
    public static Result run(Path starDir, DetectorSpec detector, int detectWidth, List<Double> thresholds) {
        return run(starDir, detector, detectWidth, thresholds, IOU);
    }

    /** Like {@link #run(Path, DetectorSpec, int, List)} with another IoU needed for a match. */
    public static Result run(Path starDir, DetectorSpec detector, int detectWidth, List<Double> thresholds,
                             double iou) {
        double lowest = thresholds.stream().min(Double::compare).orElse(detector.scoreThreshold());
        List<Keyframe> keyframes = keyframes(starDir);
        List<List<Detection>> found = new ArrayList<>();
        long start = System.nanoTime();
        try (Detector d = detector.withScoreThreshold(lowest).create()) {
            for (Keyframe k : keyframes) {
                found.add(detect(d, k.png(), detectWidth));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Point> sweep = thresholds.stream().sorted().map(t -> score(keyframes, found, t, iou)).toList();
        return new Result(keyframes.size(), seconds, sweep);
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

    static Point score(List<Keyframe> keyframes, List<List<Detection>> found, double threshold, double iou) {
        int gt = 0;
        int dets = 0;
        int tp = 0;
        for (int i = 0; i < keyframes.size(); i++) {
            List<double[]> persons = keyframes.get(i).persons();
            List<Detection> kept = found.get(i).stream()
                    .filter(d -> d.category().equals("person") && d.score() >= threshold)
                    .sorted(Comparator.comparingDouble(Detection::score).reversed()).toList();
            gt += persons.size();
            dets += kept.size();
            tp += matches(persons, kept, iou);
        }
        return new Point(threshold, gt, dets, tp);
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

    /** The distinct keyframes with a PNG, in file order, and their person boxes. */
    static List<Keyframe> keyframes(Path starDir) {
        Path examples = starDir.resolve("sel_examples.json");
        Path classes = starDir.resolve("obj_rel_cls_dict.json");
        ObjectMapper json = new ObjectMapper();
        JsonNode records;
        JsonNode objects;
        try {
            records = json.readTree(examples.toFile());
            objects = json.readTree(classes.toFile()).path("object");
        } catch (IOException e) {
            throw new IngestException(e.getMessage().lines().findFirst().orElse("cannot read") + " ("
                    + examples + ", " + classes + ")", e);
        }
        Map<String, Keyframe> byKey = new LinkedHashMap<>();
        for (JsonNode record : records) {
            String video = record.path("video_id").asText();
            record.path("situations").fields().forEachRemaining(situation -> {
                Path png = starDir.resolve("keyframes").resolve(video).resolve(situation.getKey() + ".png");
                String key = video + "/" + situation.getKey();
                if (!byKey.containsKey(key) && Files.isRegularFile(png)) {
                    byKey.put(key, new Keyframe(video, situation.getKey(), png, persons(situation.getValue(), objects)));
                }
            });
        }
        return List.copyOf(byKey.values());
    }

    private static List<double[]> persons(JsonNode situation, JsonNode objects) {
        JsonNode boxes = situation.path("bbox");
        JsonNode labels = situation.path("bbox_labels");
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < boxes.size() && i < labels.size(); i++) {
            JsonNode box = boxes.get(i);
            if (box.isArray() && box.size() == 4
                    && "person".equals(objects.path(labels.get(i).asText()).asText())) {
                out.add(new double[] {box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(),
                    box.get(3).asDouble()});
            }
        }
        return out;
    }
}
