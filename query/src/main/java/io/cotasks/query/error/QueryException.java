package io.cotasks.query.error;

import io.cotasks.store.CotasksException;

/** A syntax or semantic error in a statement; the message reads {@code line L:C: message}. */
public class QueryException extends CotasksException {

    private final int line;
    private final int column;

    public QueryException(int line, int column, String message) {
        super("line " + line + ":" + column + ": " + message, QUERY, null);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
