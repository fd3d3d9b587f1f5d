package io.cotasks.query.result;

import java.util.List;

/**
 * An EVENTS row with the properties a statement built by
 * {@link io.cotasks.query.statement.Statements#events} returns; a property it does not return is null
 * ({@code texts}: empty).
 *
 * @param begin the first frame
 * @param end   the frame after the last
 * @param texts the annotation's own sentences about the event
 */
public record EventRow(String predicate, String kind, String source, String label, Integer begin, Integer end,
                       Integer subjectTrack, String subjectCategory, Integer objectTrack, String objectCategory,
                       List<String> texts) {

    public EventRow {
        texts = texts == null ? List.of() : List.copyOf(texts);
    }
}
