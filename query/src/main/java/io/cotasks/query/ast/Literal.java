package io.cotasks.query.ast;

/**
 * A literal value: {@link String}, {@link Long}, {@link Double} or {@link Boolean}.
 */
public record Literal(Pos pos, Object value) implements AstNode {

    public boolean isString() {
        return value instanceof String;
    }

    public boolean isNumber() {
        return value instanceof Long || value instanceof Double;
    }
}
