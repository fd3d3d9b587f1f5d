package io.cotasks.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per node label and per relationship type.
 *
 * @param labels            node count per label, sorted by name
 * @param relationshipTypes relationship count per type, sorted by name
 */
public record StoreStats(Map<String, Long> labels, Map<String, Long> relationshipTypes) {

    public StoreStats {
        labels = new TreeMap<>(labels);
        relationshipTypes = new TreeMap<>(relationshipTypes);
    }

    public long label(String label) {
        return labels.getOrDefault(label, 0L);
    }

    public long type(String type) {
        return relationshipTypes.getOrDefault(type, 0L);
    }
}
