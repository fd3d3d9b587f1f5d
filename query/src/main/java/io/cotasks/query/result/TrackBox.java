package io.cotasks.query.result;

/**
 * A TRACK row: one box of a tracked entity.
 *
 * @param time      seconds at the frame
 * @param generated true for a box the annotation interpolated rather than drew
 */
public record TrackBox(String video, EntityRef entity, int frame, double time, double x1, double y1, double x2,
                       double y2, boolean generated) {
}
