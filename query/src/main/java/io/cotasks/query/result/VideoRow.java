package io.cotasks.query.result;

/**
 * A VIDEOS row, the parts the CoT module reads.
 *
 * @param fps        frames per second, or null when unknown
 * @param frameCount the number of frames, or null when unknown
 */
public record VideoRow(String id, Double fps, Integer frameCount) {
}
