package io.cotasks.store.model;

/**
 * A closed time span in seconds, {@code [begin, end]}: a NExT-GQA answer span or a STAR question's
 * start and end. A value (unlike {@code double[]}), so questions holding spans compare by content.
 */
public record Span(double begin, double end) {

    public Span {
        if (!Double.isFinite(begin) || !Double.isFinite(end) || end < begin) {
            throw new IllegalArgumentException("span end " + end + " is before begin " + begin);
        }
    }

    /** The span's length in seconds. */
    public double length() {
        return end - begin;
    }
}
