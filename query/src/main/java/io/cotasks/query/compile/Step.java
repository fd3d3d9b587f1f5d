package io.cotasks.query.compile;

import io.cotasks.query.check.StepKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of a {@code LET} step, kept by the session.
 *
 * @param columns the step's columns
 * @param rows    its rows
 * @param kind    events (one column of event maps) or values
 */
public record Step(List<String> columns, List<Map<String, Object>> rows, StepKind kind) {

    public Step {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The step as a list: the single column's values, or whole rows when it has several columns. */
    public List<Object> values() {
        List<Object> values = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            values.add(columns.size() == 1 ? row.get(columns.get(0)) : row);
        }
        return values;
    }
}
