package io.cotasks.ingest.video;

import java.nio.file.Path;

/**
 * How to build a {@link Detector}: HOG people detection when {@code model} is null, otherwise an ONNX
 * model run by OpenCV DNN with its class list.
 *
 * @param model          an ONNX model file, or null for the HOG people detector
 * @param classes        the model's class names, one per line (required with a model)
 * @param inputSize      the model's square input size in pixels (640 for the usual YOLO exports)
 * @param scoreThreshold minimum score of a kept detection, in [0,1]
 * @param nmsThreshold   IoU above which a lower-scoring detection of the same class is suppressed
 */
public record DetectorSpec(Path model, Path classes, int inputSize, double scoreThreshold, double nmsThreshold) {

    public DetectorSpec {
        if (model != null && classes == null) {
            throw new IllegalArgumentException("--model needs --classes (the model's class names, one per line)");
        }
        if (scoreThreshold < 0 || scoreThreshold > 1) {
            throw new IllegalArgumentException("score threshold must be in [0,1], got " + scoreThreshold);
        }
    }

    /** The HOG people detector with its defaults: score 0.5 (SVM margin 0), NMS IoU 0.4. */
    public static DetectorSpec hog() {
        return new DetectorSpec(null, null, 640, 0.5, 0.4);
    }

    /** An ONNX model with the usual YOLO defaults: 640 px input, score 0.25, NMS IoU 0.45. */
    public static DetectorSpec onnx(Path model, Path classes) {
        return new DetectorSpec(model, classes, 640, 0.25, 0.45);
    }

    /** A copy with another score threshold. */
    public DetectorSpec withScoreThreshold(double threshold) {
        return new DetectorSpec(model, classes, inputSize, threshold, nmsThreshold);
    }

    /** Builds a new detector; each thread needs its own. */
    public Detector create() {
        return model == null ? HogPeopleDetector.create(scoreThreshold, nmsThreshold)
                : DnnDetector.load(model, classes, inputSize, scoreThreshold, nmsThreshold);
    }

    /** For messages: "hog" or the model's file name. */
    public String describe() {
        return model == null ? "hog" : model.getFileName().toString();
    }
}
