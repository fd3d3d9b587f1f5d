package io.cotasks.app;

import io.cotasks.ingest.video.DetectorSpec;
import io.cotasks.ingest.video.PerceptionOptions;
import io.cotasks.ingest.video.Sampling;
import io.cotasks.ingest.video.TrackerConfig;
import io.cotasks.ingest.video.VideoSourceAdapter;
import io.cotasks.store.CotasksException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** The perception options of {@code ingest --source video} and {@code bench perception}. */
public final class VideoOptions {

    @Mixin
    DetectorOptions detection;

    @Option(names = "--fps", paramLabel = "F", defaultValue = "2",
            description = "Video source: detect on about F frames per second (default: ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--every-frame", description = "Video source: detect on every frame.")
    boolean everyFrame;

    @Option(names = "--detector", paramLabel = "NAME", defaultValue = "centernet",
            description = "Video source: centernet (COCO's 80 classes, default), movenet (people with keypoints) "
                    + "or hog (OpenCV's pedestrian detector, no model).")
    String detector;

    @Option(names = "--classes", paramLabel = "NAMES", split = ",",
            description = "Video source: keep only these classes (COCO names or graph categories, e.g. person,cup,table).")
    List<String> classes;

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
        detection.check();
        Sampling sampling = everyFrame ? Sampling.everyFrame() : Sampling.atFps(fps);
        return new PerceptionOptions(sampling, detection.detectWidth(), detector(), TrackerConfig.defaults());
    }

    /** The detector these options choose, with --score and --classes applied; loads nothing. */
    DetectorSpec detector() {
        try {
            return detector(detector);
        } catch (IllegalArgumentException e) {
            throw new CotasksException(e.getMessage(), CotasksException.USAGE, null);
        }
    }

    /**
     * The shipped detector {@code name} (or the --model), with --score and --classes applied; loads nothing.
     *
     * @throws IllegalArgumentException on an unknown detector or class
     */
    DetectorSpec detector(String name) {
        DetectorSpec spec = detection.hasModel() ? detection.model().withInputSize(inputSize) : detection.shipped(name);
        return classes == null || classes.isEmpty() ? spec : spec.withClasses(classes);
    }

    /** Whether --model replaces the shipped detectors. */
    boolean hasModel() {
        return detection.hasModel();
    }

    /** The {@code --source video} adapter with these options. */
    public VideoSourceAdapter adapter(boolean progress) {
        return VideoSourceAdapter.create(perception(), id, progress);
    }
}
