package io.cotasks.query.result;

/**
 * A LOCALIZE row: one merged span of frames where the pattern holds.
 *
 * @param beginFrame the first frame
 * @param endFrame   the last frame (inclusive)
 * @param beginSec   seconds at the first frame (0 when the frame rate is unknown)
 * @param endSec     seconds at the end of the span
 * @param events     how many matched events the span merges
 */
public record Span(String video, int beginFrame, int endFrame, double beginSec, double endSec, int events) {
}
