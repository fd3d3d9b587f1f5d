package io.cotasks.query.ast;

/**
 * A position in the statement text.
 *
 * @param line   line, from 1
 * @param column column, from 1
 */
public record Pos(int line, int column) {

    /** Positions say where a node was written; they never take part in comparing meaning. */
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
