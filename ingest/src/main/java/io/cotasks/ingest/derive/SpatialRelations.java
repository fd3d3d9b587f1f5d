package io.cotasks.ingest.derive;

import io.cotasks.store.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The spatial predicates that hold between two boxes of one frame, with thresholds relative to the boxes'
 * size so that the same rule works at 320x240 and at 1920x1080. For a subject box A and an object box B,
 * with mean width {@code w = (A.w + B.w) / 2} and mean height {@code h = (A.h + B.h) / 2}:
 * <ul>
 *   <li>{@code left_of}: A's centre is more than {@code w/2} left of B's centre; {@code right_of} mirrored.</li>
 *   <li>{@code above}: A's centre is more than {@code h/2} above B's centre (image y grows downwards);
 *       {@code below} mirrored.</li>
 *   <li>{@code inside}: at least 90% of A's area lies in B and A is smaller than B;
 *       {@code containing}: the same with A and B swapped.</li>
 *   <li>{@code overlapping}: intersection over union at least 0.1, and neither inside nor containing.</li>
 *   <li>{@code near}: the boxes do not intersect and the gap between their edges is at most half the
 *       mean of their shorter sides.</li>
 * </ul>
 * Several predicates can hold at once (left_of and overlapping, above and near).
 */
public final class SpatialRelations {

    public static final String LEFT_OF = "left_of";
    public static final String RIGHT_OF = "right_of";
    public static final String ABOVE = "above";
    public static final String BELOW = "below";
    public static final String OVERLAPPING = "overlapping";
    public static final String INSIDE = "inside";
    public static final String CONTAINING = "containing";
    public static final String NEAR = "near";

    /** Every derived spatial predicate, in the order they are evaluated. */
    public static final List<String> PREDICATES =
            List.of(LEFT_OF, RIGHT_OF, ABOVE, BELOW, OVERLAPPING, INSIDE, CONTAINING, NEAR);

    static final double CENTRE_SHIFT = 0.5;
    static final double INSIDE_SHARE = 0.9;
    static final double OVERLAP_IOU = 0.1;
    static final double NEAR_GAP = 0.5;

    /*
     * Hysteresis: a predicate that held on the previous sample keeps holding while a looser threshold holds,
     * so a box jittering around a threshold does not start and end an event on every frame.
     */
    static final double CENTRE_SHIFT_KEEP = 0.4;
    static final double INSIDE_SHARE_KEEP = 0.8;
    static final double OVERLAP_IOU_KEEP = 0.05;
    static final double NEAR_GAP_KEEP = 0.75;

    private SpatialRelations() {
    }

    /** The predicates that hold from subject {@code a} to object {@code b}. */
    public static List<String> between(Box a, Box b) {
        return names(holding(a, b, 0));
    }

    /** The predicates of {@code mask} (bit i = {@link #PREDICATES} entry i), in their order. */
    public static List<String> names(int mask) {
        List<String> out = new ArrayList<>(3);
        for (int i = 0; i < PREDICATES.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(PREDICATES.get(i));
            }
        }
        return out;
    }

    /**
     * The predicates holding from {@code a} to {@code b} as a bit mask, given those that {@code held} on the
     * previous sample of the same pair (0 for none, which gives exactly the thresholds above): a held
     * predicate stays while the looser keep-threshold holds (centre shift 0.4 instead of 0.5, inside share
     * 0.8 instead of 0.9, IoU 0.05 instead of 0.1, near gap 0.75 instead of 0.5).
     */
    static int holding(Box a, Box b, int held) {
        int out = 0;
        double meanW = (a.width() + b.width()) / 2;
        double meanH = (a.height() + b.height()) / 2;
        double dx = b.centerX() - a.centerX();
        double dy = b.centerY() - a.centerY();
        if (dx > threshold(held, 0, CENTRE_SHIFT, CENTRE_SHIFT_KEEP) * meanW) {
            out |= 1;
        } else if (-dx > threshold(held, 1, CENTRE_SHIFT, CENTRE_SHIFT_KEEP) * meanW) {
            out |= 1 << 1;
        }
        if (dy > threshold(held, 2, CENTRE_SHIFT, CENTRE_SHIFT_KEEP) * meanH) {
            out |= 1 << 2;
        } else if (-dy > threshold(held, 3, CENTRE_SHIFT, CENTRE_SHIFT_KEEP) * meanH) {
            out |= 1 << 3;
        }
        double iw = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        double ih = Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1());
        if (iw > 0 && ih > 0) {
            double inter = iw * ih;
            if (a.area() < b.area() && inter >= threshold(held, 5, INSIDE_SHARE, INSIDE_SHARE_KEEP) * a.area()) {
                out |= 1 << 5;
            } else if (b.area() < a.area() && inter >= threshold(held, 6, INSIDE_SHARE, INSIDE_SHARE_KEEP) * b.area()) {
                out |= 1 << 6;
            } else if (inter / (a.area() + b.area() - inter) >= threshold(held, 4, OVERLAP_IOU, OVERLAP_IOU_KEEP)) {
                out |= 1 << 4;
            }
        } else {
            double gap = Math.hypot(Math.max(0, -iw), Math.max(0, -ih));
            double shortSide = (Math.min(a.width(), a.height()) + Math.min(b.width(), b.height())) / 2;
            if (gap <= threshold(held, 7, NEAR_GAP, NEAR_GAP_KEEP) * shortSide) {
                out |= 1 << 7;
            }
        }
        return out;
    }

    private static double threshold(int held, int bit, double enter, double keep) {
        return (held & (1 << bit)) != 0 ? keep : enter;
    }
}
