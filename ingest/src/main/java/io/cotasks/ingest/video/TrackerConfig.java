package io.cotasks.ingest.video;

/**
 * SORT's birth and death rules, counted in sampled frames.
 *
 * @param maxAge       a track dies after this many consecutive sampled frames without a matching detection
 * @param minHits      a track is kept only when at least this many detections were matched to it
 * @param iouThreshold a detection matches a track's predicted box only with at least this IoU
 */
public record TrackerConfig(int maxAge, int minHits, double iouThreshold) {

    public TrackerConfig {
        if (maxAge < 0 || minHits < 1 || iouThreshold <= 0 || iouThreshold > 1) {
            throw new IllegalArgumentException("tracker needs maxAge >= 0, minHits >= 1 and IoU in (0,1]");
        }
    }

    /** SORT's published settings (max age 1, min hits 3, IoU 0.3), with max age 2 for sparse sampling. */
    public static TrackerConfig defaults() {
        return new TrackerConfig(2, 3, 0.3);
    }
}
