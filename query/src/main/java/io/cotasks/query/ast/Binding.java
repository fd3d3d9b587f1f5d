package io.cotasks.query.ast;

/**
 * An event pattern {@code [e =] (subject)-[predicates]->(object)}; the object is null for
 * {@code (subject)-[predicates]}, which matches events with or without an object.
 *
 * @param variable the event variable, or null when anonymous
 */
public record Binding(Pos pos, Name variable, NodePattern subject, EdgePattern edge, NodePattern object)
        implements AstNode {
}
