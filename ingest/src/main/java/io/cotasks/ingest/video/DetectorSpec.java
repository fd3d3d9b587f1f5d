package io.cotasks.ingest.video;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to build a {@link Detector}. Building the spec loads nothing: TensorFlow and the model are loaded by
 * {@link #create()}, which only commands that decode video call.
 *
 * @param kind           which detector
 * @param model          the ONNX model file ({@link Kind#ONNX} only, else null)
 * @param labels         the ONNX model's class names, one per line ({@link Kind#ONNX} only, else null)
 * @param inputSize      the ONNX model's square input size in pixels (640 for the usual YOLO exports)
 * @param scoreThreshold minimum score of a kept detection, in [0,1]
 * @param nmsThreshold   IoU above which a lower-scoring detection of the same class is suppressed
 * @param classes        graph categories to keep (empty: all the detector finds)
 */
public record DetectorSpec(Kind kind, Path model, Path labels, int inputSize, double scoreThreshold,
                           double nmsThreshold, Set<String> classes) {

    /** The detectors. */
    public enum Kind {
        /** The shipped CenterNet: COCO's 80 classes (the default). */
        CENTERNET,
        /** The shipped MoveNet MultiPose: people with 17 keypoints. */
        MOVENET,
        /** OpenCV's HOG people detector: no model file, upright pedestrians only. */
        HOG,
        /** A user-supplied YOLO ONNX model run by OpenCV DNN. */
        ONNX;

        /** The name on the command line. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DetectorSpec {
        if (kind == Kind.ONNX && (model == null || labels == null)) {
            throw new IllegalArgumentException("--model needs --labels (the model's class names, one per line)");
        }
        if (scoreThreshold < 0 || scoreThreshold > 1) {
            throw new IllegalArgumentException("score threshold must be in [0,1], got " + scoreThreshold);
        }
        classes = Set.copyOf(new TreeSet<>(classes));
        if ((kind == Kind.HOG || kind == Kind.MOVENET) && !classes.isEmpty() && !classes.equals(Set.of("person"))) {
            throw new IllegalArgumentException("--classes: " + kind.key() + " detects only person");
        }
    }

    /** The shipped CenterNet: score 0.3, NMS IoU 0.4 (Human's object NMS setting). */
    public static DetectorSpec centernet() {
        return new DetectorSpec(Kind.CENTERNET, null, null, CenterNetDetector.INPUT, 0.3, 0.4, Set.of());
    }

    /** The shipped MoveNet MultiPose: person score 0.3 (Human's body setting), NMS IoU 0.4. */
    public static DetectorSpec movenet() {
        return new DetectorSpec(Kind.MOVENET, null, null, MoveNetDetector.INPUT, 0.3, 0.4, Set.of());
    }

    /** The HOG people detector with its defaults: score 0.5 (SVM margin 0), NMS IoU 0.4. */
    public static DetectorSpec hog() {
        return new DetectorSpec(Kind.HOG, null, null, 0, 0.5, 0.4, Set.of());
    }

    /** An ONNX model with the usual YOLO defaults: 640 px input, score 0.25, NMS IoU 0.45. */
    public static DetectorSpec onnx(Path model, Path labels) {
        return new DetectorSpec(Kind.ONNX, model, labels, 640, 0.25, 0.45, Set.of());
    }

    /** The default spec of a shipped detector by its command-line name: centernet, movenet or hog. */
    public static DetectorSpec named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "centernet" -> centernet();
            case "movenet" -> movenet();
            case "hog" -> hog();
            default -> throw new IllegalArgumentException("--detector: unknown detector '" + name
                    + "' (centernet, movenet or hog; an ONNX model goes with --model)");
        };
    }

    /** A copy with another score threshold. */
    public DetectorSpec withScoreThreshold(double threshold) {
        return new DetectorSpec(kind, model, labels, inputSize, threshold, nmsThreshold, classes);
    }

    /** A copy with another ONNX input size. */
    public DetectorSpec withInputSize(int size) {
        return new DetectorSpec(kind, model, labels, size, scoreThreshold, nmsThreshold, classes);
    }

    /**
     * A copy keeping only {@code names} (COCO names or graph categories, see {@link CocoVocabulary}).
     *
     * @throws IllegalArgumentException on a name that is no class
     */
    public DetectorSpec withClasses(List<String> names) {
        Set<String> selected = kind == Kind.ONNX ? Set.copyOf(names) : CocoVocabulary.standard().categories(names);
        return new DetectorSpec(kind, model, labels, inputSize, scoreThreshold, nmsThreshold, selected);
    }

    /** Builds a new detector; each thread needs its own (the TensorFlow models behind them are shared). */
    public Detector create() {
        return switch (kind) {
            case CENTERNET -> CenterNetDetector.create(scoreThreshold, nmsThreshold, classes);
            case MOVENET -> MoveNetDetector.create(scoreThreshold, nmsThreshold);
            case HOG -> HogPeopleDetector.create(scoreThreshold, nmsThreshold);
            case ONNX -> DnnDetector.load(model, labels, inputSize, scoreThreshold, nmsThreshold, classes);
        };
    }

    /** For messages: centernet, movenet, hog or the ONNX model's file name. */
    public String describe() {
        return kind == Kind.ONNX ? model.getFileName().toString() : kind.key();
    }
}
