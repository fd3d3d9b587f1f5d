package io.cotasks.ingest.video;

import java.util.List;

/**
 * One finished track: an identity over sampled frames.
 *
 * @param trackId   1, 2, ... in order of first appearance
 * @param category  the class of its detections
 * @param points    its boxes, one per sampled frame from its first to its last detection, in frame order
 * @param meanScore the mean score of its matched detections
 */
public record Track(int trackId, String category, List<Point> points, double meanScore) {

    public Track {
        points = List.copyOf(points);
    }

    public int firstFrame() {
        return points.get(0).frame();
    }

    public int lastFrame() {
        return points.get(points.size() - 1).frame();
    }

    /**
     * A box of the track in one sampled frame.
     *
     * @param frame     the frame index
     * @param x1        left
     * @param y1        top
     * @param x2        right
     * @param y2        bottom
     * @param predicted true when no detection matched and the Kalman prediction fills the gap
     * @param score     the matched detection's score, or the last one for a predicted box
     * @param keypoints the matched detection's keypoints (empty for a predicted box or without keypoints)
     */
    public record Point(int frame, double x1, double y1, double x2, double y2, boolean predicted, double score,
                        List<Detection.Keypoint> keypoints) {

        public Point {
            keypoints = List.copyOf(keypoints);
        }

        /** A point without keypoints. */
        public Point(int frame, double x1, double y1, double x2, double y2, boolean predicted, double score) {
            this(frame, x1, y1, x2, y2, predicted, score, List.of());
        }
    }
}
