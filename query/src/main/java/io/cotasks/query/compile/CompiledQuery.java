package io.cotasks.query.compile;

import io.cotasks.query.ast.TimeFilter;

import java.util.List;
import java.util.Map;

/**
 * A statement compiled to Cypher.
 *
 * @param cypher     the Cypher text, empty when the statement needs none (replaying a step)
 * @param parameters every user value, by parameter name
 * @param columns    the result's columns after post-processing
 * @param shape      the post-processing the executor applies
 * @param window     the time window (LOCALIZE clips spans to it), or null
 * @param limit      a row limit applied after post-processing (LOCALIZE), or null
 * @param sample     TRACK's resampling count, or null
 * @param step       the step to replay for {@link Shape#STEP}, or null
 */
public record CompiledQuery(String cypher, Map<String, Object> parameters, List<String> columns, Shape shape,
                            TimeFilter window, Long limit, Long sample, String step) {

    public CompiledQuery {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        columns = List.copyOf(columns);
    }

    static CompiledQuery rows(String cypher, Params params, List<String> columns) {
        return new CompiledQuery(cypher, params.values(), columns, Shape.ROWS, null, null, null, null);
    }
}
