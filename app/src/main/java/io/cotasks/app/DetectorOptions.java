package io.cotasks.app;

import io.cotasks.ingest.video.DetectorSpec;
import io.cotasks.store.CotasksException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The detector options that {@code ingest --source video}, {@code bench perception} and {@code eval perception} share. */
public final class DetectorOptions {

    @Option(names = "--detect-width", paramLabel = "PX", defaultValue = "0",
            description = "Resize frames to PX wide for detection; 0 keeps the size (default).")
    int detectWidth;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A YOLO ONNX model run by OpenCV DNN, with --labels: ingest and bench perception run it "
                    + "instead of the shipped detectors, eval perception next to them.")
    Path model;

    @Option(names = "--labels", paramLabel = "FILE", description = "The ONNX model's class names, one per line.")
    Path labels;

    @Option(names = "--score", paramLabel = "S",
            description = "Minimum detection score of every detector (default: each detector's own: 0.3 centernet "
                    + "and movenet, 0.5 hog, 0.25 ONNX).")
    Double score;

    /** Usage errors in these options, before anything is loaded. */
    void check() {
        if (labels != null && model == null) {
            throw new CotasksException("--labels needs --model", CotasksException.USAGE, null);
        }
        if (model != null && labels == null) {
            throw new CotasksException("--model needs --labels (the model's class names, one per line)",
                    CotasksException.USAGE, null);
        }
        if (detectWidth < 0) {
            throw new CotasksException("--detect-width must be >= 0", CotasksException.USAGE, null);
        }
        if (score != null && (score < 0 || score > 1)) {
            throw new CotasksException("--score must be in [0,1]", CotasksException.USAGE, null);
        }
    }

    /** The width frames are resized to for detection; 0 keeps their size. */
    int detectWidth() {
        return detectWidth;
    }

    /** Whether {@code --model} names an ONNX model. */
    boolean hasModel() {
        return model != null;
    }

    /**
     * The shipped detector {@code name} with {@code --score} applied; loads nothing.
     *
     * @throws IllegalArgumentException on an unknown name (the message starts with {@code --detector:})
     */
    DetectorSpec shipped(String name) {
        return scored(DetectorSpec.named(name));
    }

    /** The {@code --model} with {@code --score} applied; loads nothing. */
    DetectorSpec model() {
        return scored(DetectorSpec.onnx(model, labels));
    }

    private DetectorSpec scored(DetectorSpec spec) {
        return score == null ? spec : spec.withScoreThreshold(score);
    }
}
