package io.cotasks.store.model;

import java.util.List;

/**
 * The box of one entity in one frame, in pixels, {@code [x1,y1,x2,y2]} with x2 &gt; x1 and y2 &gt; y1.
 *
 * @param trackId    the entity's track id in its video
 * @param frame      frame index, from 0
 * @param x1         left
 * @param y1         top
 * @param x2         right
 * @param y2         bottom
 * @param generated  true when interpolated or produced by a tracker rather than drawn or detected
 * @param confidence 1 for annotations, the detector or tracker score otherwise
 * @param keypoints  a detected person's body keypoints as {@code x, y, score} triples in pixels, 17 in COCO
 *                   order (nose, eyes, ears, shoulders, elbows, wrists, hips, knees, ankles; left before
 *                   right), or empty
 */
public record Box(int trackId, int frame, double x1, double y1, double x2, double y2,
                  boolean generated, double confidence, List<Double> keypoints) {

    public Box {
        keypoints = List.copyOf(keypoints);
    }

    /** A box without keypoints. */
    public Box(int trackId, int frame, double x1, double y1, double x2, double y2, boolean generated, double confidence) {
        this(trackId, frame, x1, y1, x2, y2, generated, confidence, List.of());
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

    public double centerX() {
        return (x1 + x2) / 2;
    }

    public double centerY() {
        return (y1 + y2) / 2;
    }

    /** Intersection over union with another box. */
    public double iou(Box other) {
        double iw = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        double ih = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        return inter / (area() + other.area() - inter);
    }
}
