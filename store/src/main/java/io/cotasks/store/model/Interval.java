package io.cotasks.store.model;

/** A half-open frame interval {@code [begin, end)}. */
public record Interval(int begin, int end) {

    public Interval {
        if (end < begin) {
            throw new IllegalArgumentException("interval end " + end + " is before begin " + begin);
        }
    }

    public int length() {
        return end - begin;
    }

    public int overlap(Interval other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    public double iou(Interval other) {
        int inter = overlap(other);
        int union = Math.max(end, other.end) - Math.min(begin, other.begin);
        return union == 0 ? 0 : (double) inter / union;
    }
}
