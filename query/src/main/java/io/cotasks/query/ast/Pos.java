package io.cotasks.query.ast;

/**
 * A position in the statement text.
 *
 * <p>Positions say where a node was written; they never take part in comparing meaning (Trino keeps its
 * {@code NodeLocation} outside equality the same way). Every {@code Pos} equals every other, so the AST
 * records, which hold one, compare by what they mean: parsing {@code EVENTS (x)-[watch]} and the same
 * statement spread over three lines gives equal trees. Compare {@link #line()} and {@link #column()} to
 * compare positions themselves.
 *
 * @param line   line, from 1
 * @param column column, from 1
 */
public record Pos(int line, int column) {

    /** The position of a node that was built rather than parsed. */
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public boolean equals(Object other) {
        return other instanceof Pos;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
