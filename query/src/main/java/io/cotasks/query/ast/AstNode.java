package io.cotasks.query.ast;

/** Every node of the syntax tree knows where it was written. */
public interface AstNode {

    Pos pos();
}
