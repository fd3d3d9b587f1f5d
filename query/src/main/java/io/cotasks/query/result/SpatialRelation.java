package io.cotasks.query.result;

/**
 * A SPATIAL row: a relation between two entities over frames {@code beginFrame..endFrame} (inclusive).
 */
public record SpatialRelation(String video, EntityRef subject, String predicate, EntityRef object, int beginFrame,
                              int endFrame) {
}
