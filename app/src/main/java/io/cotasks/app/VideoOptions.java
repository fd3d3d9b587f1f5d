package io.cotasks.app;

import io.cotasks.ingest.video.DetectorSpec;
import io.cotasks.ingest.video.PerceptionOptions;
import io.cotasks.ingest.video.Sampling;
import io.cotasks.ingest.video.TrackerConfig;
import io.cotasks.ingest.video.VideoSourceAdapter;
import io.cotasks.store.CotasksException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The perception options of {@code ingest --source video} and {@code bench perception}. */
public final class VideoOptions {

    @Option(names = "--fps", paramLabel = "F", defaultValue = "2",
            description = "Video source: detect on about F frames per second (default: ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--every-frame", description = "Video source: detect on every frame.")
    boolean everyFrame;

    @Option(names = "--detect-width", paramLabel = "PX", defaultValue = "0",
            description = "Video source: resize frames to PX wide for detection; 0 keeps the size (default).")
    int detectWidth;

    @Option(names = "--detector", paramLabel = "NAME", defaultValue = "centernet",
            description = "Video source: centernet (COCO's 80 classes, default), movenet (people with keypoints) "
                    + "or hog (OpenCV's pedestrian detector, no model).")
    String detector;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Video source: a YOLO ONNX model run by OpenCV DNN instead of --detector.")
    Path model;

    @Option(names = "--labels", paramLabel = "FILE", description = "Video source: the ONNX model's class names, one per line.")
    Path labels;

    @Option(names = "--classes", paramLabel = "NAMES", split = ",",
            description = "Video source: keep only these classes (COCO names or graph categories, e.g. person,cup,table).")
    List<String> classes;

    @Option(names = "--score", paramLabel = "S",
            description = "Video source: minimum detection score (default: 0.3 centernet and movenet, 0.5 hog, 0.25 ONNX).")
    Double score;

    @Option(names = "--input-size", paramLabel = "PX", defaultValue = "640",
            description = "Video source: the model's square input size (default: ${DEFAULT-VALUE}).")
    int inputSize;

    @Option(names = "--id", paramLabel = "ID", description = "Video source: the video id of a single file (default: the file name).")
    String id;

    /** The pipeline settings these options give. */
    public PerceptionOptions perception() {
        if (fps <= 0 && !everyFrame) {
            throw new CotasksException("--fps must be positive (or use --every-frame)", CotasksException.USAGE, null);
        }
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
        Sampling sampling = everyFrame ? Sampling.everyFrame() : Sampling.atFps(fps);
        return new PerceptionOptions(sampling, detectWidth, detector(), TrackerConfig.defaults());
    }

    /** The detector these options choose, with --score and --classes applied; loads nothing. */
    DetectorSpec detector() {
        return detector(detector);
    }

    /** The shipped detector {@code name} (or the --model), with --score and --classes applied; loads nothing. */
    DetectorSpec detector(String name) {
        try {
            DetectorSpec spec = model != null ? DetectorSpec.onnx(model, labels).withInputSize(inputSize)
                    : DetectorSpec.named(name);
            if (score != null) {
                spec = spec.withScoreThreshold(score);
            }
            return classes == null || classes.isEmpty() ? spec : spec.withClasses(classes);
        } catch (IllegalArgumentException e) {
            throw new CotasksException(e.getMessage(), CotasksException.USAGE, null);
        }
    }

    /** The {@code --source video} adapter with these options. */
    public VideoSourceAdapter adapter(boolean progress) {
        return VideoSourceAdapter.create(perception(), id, progress);
    }
}
