package io.cotasks.store.model;

import java.util.List;
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
 * @param texts      the annotation's own sentences about this relation instance (VidSTG captions, and its
 *                   questions prefixed {@code "Q: "}), in file order; empty when the source has none
 */
public record Event(String videoId, String predicate, PredicateKind kind, int subjectTid, Integer objectTid,
                    int begin, int end, Source source, double confidence, String label, List<String> texts) {

    /** An event without sentences of its own. */
    public Event(String videoId, String predicate, PredicateKind kind, int subjectTid, Integer objectTid,
                 int begin, int end, Source source, double confidence, String label) {
        this(videoId, predicate, kind, subjectTid, objectTid, begin, end, source, confidence, label, List.of());
    }

    public Event {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        texts = texts == null ? List.of() : List.copyOf(texts);
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

    /** The same event with these sentences. */
    public Event withTexts(List<String> sentences) {
        return new Event(videoId, predicate, kind, subjectTid, objectTid, begin, end, source, confidence, label, sentences);
    }

    public Interval interval() {
        return new Interval(begin, end);
    }
}
