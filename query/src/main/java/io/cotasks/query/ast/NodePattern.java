package io.cotasks.query.ast;

import java.util.List;

/**
 * An entity pattern: {@code (x)}, {@code (x:adult|child)}, {@code (x#1)}, {@code (:dog)}, {@code ()}, {@code (*)}.
 *
 * @param variable   the variable, or null when anonymous
 * @param categories alternatives, empty for any category
 * @param track      the track id, or null for any
 */
public record NodePattern(Pos pos, Name variable, List<Name> categories, Long track) implements AstNode {

    public NodePattern {
        categories = List.copyOf(categories);
    }

    /** True when the pattern adds no condition of its own. */
    public boolean isUnconstrained() {
        return categories.isEmpty() && track == null;
    }
}
