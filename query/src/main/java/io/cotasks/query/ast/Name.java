package io.cotasks.query.ast;

/** A name as written: a variable, a category, a predicate, a kind, a source or a property. */
public record Name(Pos pos, String text) implements AstNode {
}
