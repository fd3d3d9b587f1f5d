package io.cotasks.store;

/**
 * What one write did.
 *
 * @param elements nodes and relationships written (created or merged)
 * @param skipped  true when the content hash matched and nothing was written
 */
public record WriteSummary(long elements, boolean skipped) {

    public static WriteSummary skippedWrite() {
        return new WriteSummary(0, true);
    }
}
