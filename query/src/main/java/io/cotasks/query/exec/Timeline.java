package io.cotasks.query.exec;

import io.cotasks.query.compile.Columns;
import io.cotasks.store.model.AllenRelation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Temporal relation extraction: the distinct events of all matches in timeline order, and the Allen
 * relation of each earlier event to each later one of the same video, computed from their spans.
 */
final class Timeline {

    /** A timeline of n events has n(n-1)/2 pairs; beyond this many rows it is cut. */
    static final int MAX_PAIRS = 10_000;

    private Timeline() {
    }

    /** The pairs, and whether the cap cut some off. */
    record Pairs(List<Map<String, Object>> rows, boolean capped) {
    }

    static Pairs pairs(List<Map<String, Object>> rows) {
        Map<String, Map<?, ?>> events = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            for (Object o : (List<?>) row.get(Columns.EVENTS)) {
                Map<?, ?> e = (Map<?, ?>) o;
                events.putIfAbsent((String) e.get(Columns.UID), e);
            }
        }
        List<Map<?, ?>> sorted = new ArrayList<>(events.values());
        sorted.sort(Comparator.comparing((Map<?, ?> e) -> (String) e.get(Columns.VIDEO))
                .thenComparingLong(e -> number(e, Columns.BEGIN)).thenComparingLong(e -> number(e, Columns.END))
                .thenComparing(e -> (String) e.get(Columns.UID)));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Map<?, ?> a = sorted.get(i);
                Map<?, ?> b = sorted.get(j);
                if (a.get(Columns.VIDEO).equals(b.get(Columns.VIDEO))) {
                    if (out.size() == MAX_PAIRS) {
                        return new Pairs(out, true);
                    }
                    out.add(pair(a, b));
                }
            }
        }
        return new Pairs(out, false);
    }

    private static Map<String, Object> pair(Map<?, ?> a, Map<?, ?> b) {
        AllenRelation r = AllenRelation.of(number(a, Columns.BEGIN), number(a, Columns.END), number(b, Columns.BEGIN), number(b, Columns.END));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(Columns.VIDEO, a.get(Columns.VIDEO));
        row.put(Columns.A, describe(a));
        row.put(Columns.RELATION, r.name().replace('_', ' '));
        row.put(Columns.B, describe(b));
        row.put(Columns.A_PREDICATE, a.get(Columns.PREDICATE));
        row.put(Columns.A_BEGIN, number(a, Columns.BEGIN));
        row.put(Columns.A_END, number(a, Columns.END));
        row.put(Columns.B_PREDICATE, b.get(Columns.PREDICATE));
        row.put(Columns.B_BEGIN, number(b, Columns.BEGIN));
        row.put(Columns.B_END, number(b, Columns.END));
        return row;
    }

    /** {@code adult#0 watch dog#1 [29,119)}. */
    static String describe(Map<?, ?> e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.get(Columns.SUBJECT_CATEGORY)).append('#').append(e.get(Columns.SUBJECT)).append(' ').append(e.get(Columns.PREDICATE));
        if (e.get(Columns.OBJECT) != null) {
            Object category = e.get(Columns.OBJECT_CATEGORY);
            sb.append(' ').append(category == null ? "" : category).append('#').append(e.get(Columns.OBJECT));
        }
        return sb.append(" [").append(number(e, Columns.BEGIN)).append(',').append(number(e, Columns.END)).append(')').toString();
    }

    private static long number(Map<?, ?> e, String key) {
        return ((Number) e.get(key)).longValue();
    }
}
