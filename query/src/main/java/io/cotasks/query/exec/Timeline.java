package io.cotasks.query.exec;

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
            for (Object o : (List<?>) row.get("events")) {
                Map<?, ?> e = (Map<?, ?>) o;
                events.putIfAbsent((String) e.get("uid"), e);
            }
        }
        List<Map<?, ?>> sorted = new ArrayList<>(events.values());
        sorted.sort(Comparator.comparing((Map<?, ?> e) -> (String) e.get("video"))
                .thenComparingLong(e -> number(e, "begin")).thenComparingLong(e -> number(e, "end"))
                .thenComparing(e -> (String) e.get("uid")));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Map<?, ?> a = sorted.get(i);
                Map<?, ?> b = sorted.get(j);
                if (a.get("video").equals(b.get("video"))) {
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
        AllenRelation r = AllenRelation.of(number(a, "begin"), number(a, "end"), number(b, "begin"), number(b, "end"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("video", a.get("video"));
        row.put("a", describe(a));
        row.put("relation", r.name().replace('_', ' '));
        row.put("b", describe(b));
        row.put("aPredicate", a.get("predicate"));
        row.put("aBegin", number(a, "begin"));
        row.put("aEnd", number(a, "end"));
        row.put("bPredicate", b.get("predicate"));
        row.put("bBegin", number(b, "begin"));
        row.put("bEnd", number(b, "end"));
        return row;
    }

    /** {@code adult#0 watch dog#1 [29,119)}. */
    static String describe(Map<?, ?> e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.get("subjectCategory")).append('#').append(e.get("subject")).append(' ').append(e.get("predicate"));
        if (e.get("object") != null) {
            Object category = e.get("objectCategory");
            sb.append(' ').append(category == null ? "" : category).append('#').append(e.get("object"));
        }
        return sb.append(" [").append(number(e, "begin")).append(',').append(number(e, "end")).append(')').toString();
    }

    private static long number(Map<?, ?> e, String key) {
        return ((Number) e.get(key)).longValue();
    }
}
