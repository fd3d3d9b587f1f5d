package io.cotasks.query;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one DSL statement.
 *
 * @param statement  the statement text as given
 * @param columns    result column names in order
 * @param rows       rows as plain Java values keyed by column
 * @param cypher     the Cypher it compiled to (empty for statements that run no Cypher, such as USE)
 * @param parameters the Cypher parameters
 * @param notes      what a reader must know about the rows, e.g. that they were cut at a cap
 */
public record StatementResult(String statement, List<String> columns, List<Map<String, Object>> rows,
                              String cypher, Map<String, Object> parameters, List<String> notes) {

    public StatementResult {
        notes = List.copyOf(notes);
    }

    /** A result without notes. */
    public StatementResult(String statement, List<String> columns, List<Map<String, Object>> rows,
                           String cypher, Map<String, Object> parameters) {
        this(statement, columns, rows, cypher, parameters, List.of());
    }
}
