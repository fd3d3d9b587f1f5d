package io.cotasks.store.model;

import java.util.Objects;

/**
 * A relation or action over a frame interval, reified as a node so it can take part in temporal relations.
 *
 * @param videoId    the video
 * @param predicate  e.g. watch, hold, left_of, put_down
 * @param kind       spatial, contact, attention or action
 * @param subjectTid the subject entity's track id
 * @param objectTid  the object entity's track id, or null for an action without object
 * @param begin      first frame, inclusive
 * @param end        end frame, exclusive (VidOR's end_fid convention)
 * @param source     annotation, derived or detected
 * @param confidence 1 for annotations
 * @param label      an optional dataset label (e.g. STAR action id a012), null when none
 */
public record Event(String videoId, String predicate, PredicateKind kind, int subjectTid, Integer objectTid,
                    int begin, int end, Source source, double confidence, String label) {

    public Event {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (end <= begin) {
            throw new IllegalArgumentException("event end " + end + " must be after begin " + begin);
        }
    }

    public static Event annotated(String videoId, String predicate, PredicateKind kind,
                                  int subjectTid, Integer objectTid, int begin, int end) {
        return new Event(videoId, predicate, kind, subjectTid, objectTid, begin, end, Source.ANNOTATION, 1.0, null);
    }

    /** The natural key stored as {@code Event.uid}: video, source, subject, predicate, object, begin. */
    public String uid() {
        return videoId + "#" + source.key() + "#" + subjectTid + "#" + predicate + "#"
                + (objectTid == null ? "-" : objectTid) + "#" + begin;
    }

    public Interval interval() {
        return new Interval(begin, end);
    }
}
