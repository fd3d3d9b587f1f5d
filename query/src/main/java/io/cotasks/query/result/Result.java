package io.cotasks.query.result;

import java.util.List;

/**
 * The typed outcome of a statement built with {@link io.cotasks.query.statement.Statements}.
 *
 * @param statement the statement as run: its canonical DSL text
 * @param rows      the rows
 * @param notes     what a reader must know about the rows, e.g. that they were cut at a cap
 */
public record Result<R>(String statement, List<R> rows, List<String> notes) {

    public Result {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
