package io.cotasks.store;

import java.util.List;
import java.util.Map;

/**
 * Rows of a read query as plain Java values (String, Long, Double, Boolean, List, Map; nodes and
 * relationships become maps of their properties), the same on every backend.
 *
 * @param columns column names in order
 * @param rows    one map per row, keyed by column
 * @param dbHits  Neo4j's database hits when the query was profiled, otherwise -1
 */
public record QueryResult(List<String> columns, List<Map<String, Object>> rows, long dbHits) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }
}
