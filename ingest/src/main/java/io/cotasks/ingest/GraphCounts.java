package io.cotasks.ingest;

import io.cotasks.store.Schema;
import io.cotasks.store.StoreStats;

import java.util.Locale;

/**
 * What the graph holds, counted in the store after an ingest (not what the ingest wrote: a re-ingest
 * replaces, and several origins can describe one video).
 *
 * @param videos    Video nodes
 * @param entities  Entity nodes
 * @param boxes     IN_FRAME relationships
 * @param events    Event nodes (annotated, derived, detected)
 * @param temporal  Allen relationships
 * @param questions Question nodes
 */
public record GraphCounts(long videos, long entities, long boxes, long events, long temporal, long questions) {

    public static GraphCounts of(StoreStats stats) {
        long temporal = Schema.ALLEN_TYPES.stream().mapToLong(stats::type).sum();
        return new GraphCounts(stats.label(Schema.VIDEO), stats.label(Schema.ENTITY), stats.type(Schema.IN_FRAME),
                stats.label(Schema.EVENT), temporal, stats.label(Schema.QUESTION));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "videos %d, entities %d, boxes %d, events %d, temporal relations %d, "
                + "questions %d", videos, entities, boxes, events, temporal, questions);
    }
}
