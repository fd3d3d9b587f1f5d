package io.cotasks.query.ast;

import java.util.List;

/**
 * The predicate part of a binding: {@code [watch]}, {@code [watch|feed]}, {@code [*]}, {@code [*:spatial]}.
 *
 * @param predicates alternatives, empty for any predicate
 * @param kind       a kind filter (spatial, contact, attention, action), or null
 */
public record EdgePattern(Pos pos, List<Name> predicates, Name kind) implements AstNode {

    public EdgePattern {
        predicates = List.copyOf(predicates);
    }
}
