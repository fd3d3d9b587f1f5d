package io.cotasks.ingest.video;

/**
 * Settings of the perception pipeline.
 *
 * @param sampling    which frames are detected on
 * @param detectWidth width in pixels frames are resized to for detection (boxes are mapped back to the
 *                    original size); 0 keeps the original size
 * @param detector    which detector to run
 * @param tracker     the tracker's birth and death rules
 */
public record PerceptionOptions(Sampling sampling, int detectWidth, DetectorSpec detector, TrackerConfig tracker) {

    public PerceptionOptions {
        if (detectWidth < 0) {
            throw new IllegalArgumentException("detection width must be >= 0, got " + detectWidth);
        }
    }

    /** 2 fps sampling (what video LLMs commonly see), original size, the shipped CenterNet, SORT defaults. */
    public static PerceptionOptions defaults() {
        return new PerceptionOptions(Sampling.atFps(2), 0, DetectorSpec.centernet(), TrackerConfig.defaults());
    }

    public PerceptionOptions withSampling(Sampling newSampling) {
        return new PerceptionOptions(newSampling, detectWidth, detector, tracker);
    }

    public PerceptionOptions withDetector(DetectorSpec newDetector) {
        return new PerceptionOptions(sampling, detectWidth, newDetector, tracker);
    }

    public PerceptionOptions withDetectWidth(int width) {
        return new PerceptionOptions(sampling, width, detector, tracker);
    }

    /** A stable description, part of the content hash: other settings give another graph. */
    public String fingerprint() {
        return "sampling=" + sampling.fps() + ";width=" + detectWidth + ";detector=" + detector.describe()
                + ";score=" + detector.scoreThreshold() + ";nms=" + detector.nmsThreshold()
                + (detector.classes().isEmpty() ? "" : ";classes=" + String.join(",", new java.util.TreeSet<>(detector.classes())))
                + ";tracker=" + tracker;
    }
}
