package io.cotasks.ingest.video;

import java.util.List;

/**
 * One detector output in pixels of the original frame, {@code [x1,y1,x2,y2]} with x2 &gt; x1, y2 &gt; y1.
 *
 * @param x1        left
 * @param y1        top
 * @param x2        right
 * @param y2        bottom
 * @param score     the detector's confidence in [0,1]
 * @param category  the class name in the graph's vocabulary, e.g. person
 * @param keypoints a person's 17 body keypoints in COCO order (nose, left eye, right eye, left ear, right
 *                  ear, left/right shoulder, elbow, wrist, hip, knee, ankle), or empty when the detector
 *                  gives none
 */
public record Detection(double x1, double y1, double x2, double y2, double score, String category,
                        List<Keypoint> keypoints) {

    /**
     * One body keypoint in pixels of the frame.
     *
     * @param x     column
     * @param y     row
     * @param score the detector's confidence that the point is where it says, in [0,1]
     */
    public record Keypoint(double x, double y, double score) {
    }

    public Detection {
        keypoints = List.copyOf(keypoints);
    }

    /** A detection without keypoints. */
    public Detection(double x1, double y1, double x2, double y2, double score, String category) {
        this(x1, y1, x2, y2, score, category, List.of());
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    public double area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    /** Intersection over union with another detection. */
    public double iou(Detection other) {
        return iou(x1, y1, x2, y2, other.x1, other.y1, other.x2, other.y2);
    }

    /** Intersection over union of two boxes given by their corners. */
    public static double iou(double ax1, double ay1, double ax2, double ay2,
                             double bx1, double by1, double bx2, double by2) {
        double iw = Math.min(ax2, bx2) - Math.max(ax1, bx1);
        double ih = Math.min(ay2, by2) - Math.max(ay1, by1);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        double union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** This detection scaled by {@code factor} and clipped to a {@code width x height} frame; null if empty. */
    public Detection scaledAndClipped(double factor, int width, int height) {
        double nx1 = clamp(x1 * factor, width);
        double ny1 = clamp(y1 * factor, height);
        double nx2 = clamp(x2 * factor, width);
        double ny2 = clamp(y2 * factor, height);
        if (nx2 - nx1 < 1 || ny2 - ny1 < 1) {
            return null;
        }
        List<Keypoint> points = keypoints.stream()
                .map(k -> new Keypoint(clamp(k.x() * factor, width), clamp(k.y() * factor, height), k.score())).toList();
        return new Detection(nx1, ny1, nx2, ny2, score, category, points);
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
