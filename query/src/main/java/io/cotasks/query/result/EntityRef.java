package io.cotasks.query.result;

/**
 * An entity as a result names it.
 *
 * @param track    the track id within its video
 * @param category the category, or null when the result does not carry it
 */
public record EntityRef(int track, String category) {

    /** {@code adult#0}. */
    public String label() {
        return category + "#" + track;
    }
}
