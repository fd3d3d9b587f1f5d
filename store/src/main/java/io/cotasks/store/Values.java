package io.cotasks.store;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts what either backend returns into plain Java values: Long, Double, String, Boolean, List, Map.
 * Nodes and relationships become sorted maps of their properties, paths lists of those maps, arrays lists,
 * points maps of their coordinates; temporal values stay java.time values and durations become ISO strings.
 */
final class Values {

    private Values() {
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof org.neo4j.graphdb.Entity e) {
            return properties(e.getAllProperties());
        }
        if (value instanceof org.neo4j.driver.types.Entity e) {
            return properties(e.asMap());
        }
        if (value instanceof org.neo4j.graphdb.Path p) {
            return path(p);
        }
        if (value instanceof org.neo4j.driver.types.Path p) {
            return path(p);
        }
        if (value instanceof org.neo4j.graphdb.spatial.Point p) {
            return point(p.getCRS().getCode(), p.getCoordinate().getCoordinate());
        }
        if (value instanceof org.neo4j.driver.types.Point p) {
            return point(p.srid(), Double.isNaN(p.z()) ? new double[] {p.x(), p.y()} : new double[] {p.x(), p.y(), p.z()});
        }
        if (value instanceof org.neo4j.driver.types.IsoDuration || value instanceof java.time.temporal.TemporalAmount) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> out = new ArrayList<>();
            items.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value.getClass().isArray()) {
            int n = Array.getLength(value);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(plain(Array.get(value, i)));
            }
            return out;
        }
        return value;
    }

    static Map<String, Object> row(List<String> columns, java.util.function.Function<String, Object> get) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String column : columns) {
            row.put(column, plain(get.apply(column)));
        }
        return row;
    }

    private static Map<String, Object> properties(Map<String, Object> props) {
        Map<String, Object> out = new TreeMap<>();
        props.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static List<Object> path(org.neo4j.graphdb.Path p) {
        List<Object> out = new ArrayList<>();
        p.forEach(element -> out.add(plain(element)));
        return out;
    }

    private static List<Object> path(org.neo4j.driver.types.Path p) {
        List<Object> out = new ArrayList<>();
        out.add(plain(p.start()));
        for (org.neo4j.driver.types.Path.Segment s : p) {
            out.add(plain(s.relationship()));
            out.add(plain(s.end()));
        }
        return out;
    }

    private static Map<String, Object> point(int srid, double[] coordinates) {
        Map<String, Object> out = new TreeMap<>();
        out.put("srid", (long) srid);
        out.put("x", coordinates[0]);
        out.put("y", coordinates[1]);
        if (coordinates.length > 2) {
            out.put("z", coordinates[2]);
        }
        return out;
    }
}
