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
 */
public record StatementResult(String statement, List<String> columns, List<Map<String, Object>> rows,
                              String cypher, Map<String, Object> parameters) {
}
