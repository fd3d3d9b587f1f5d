package io.cotasks.query.result;

import io.cotasks.store.model.AllenRelation;

/**
 * A TEMPORAL row: the Allen relation of an earlier event {@code a} to a later one {@code b} of the same video.
 *
 * @param video the video both events belong to
 */
public record TemporalPair(String video, EventRef a, AllenRelation relation, EventRef b) {

    /** The relation as the DSL writes it: {@code MET BY}. */
    public String relationKeywords() {
        return relation.name().replace('_', ' ');
    }
}
