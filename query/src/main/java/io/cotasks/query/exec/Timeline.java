package io.cotasks.query.exec;

import io.cotasks.query.compile.Columns;
import io.cotasks.query.result.EntityRef;
import io.cotasks.query.result.EventRef;
import io.cotasks.query.result.TemporalPair;
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
    record Pairs(List<TemporalPair> pairs, boolean capped) {

        /** The pairs as map rows ({@link Columns#PAIR_ROWS}). */
        List<Map<String, Object>> rows() {
            return pairs.stream().map(Timeline::row).toList();
        }
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
        List<EventRef> refs = sorted.stream().map(Timeline::event).toList();
        List<TemporalPair> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Object video = sorted.get(i).get(Columns.VIDEO);
                if (video.equals(sorted.get(j).get(Columns.VIDEO))) {
                    if (out.size() == MAX_PAIRS) {
                        return new Pairs(out, true);
                    }
                    EventRef a = refs.get(i);
                    EventRef b = refs.get(j);
                    out.add(new TemporalPair((String) video, a, AllenRelation.of(a.begin(), a.end(), b.begin(), b.end()), b));
                }
            }
        }
        return new Pairs(out, false);
    }

    private static EventRef event(Map<?, ?> e) {
        EntityRef subject = new EntityRef((int) number(e, Columns.SUBJECT), (String) e.get(Columns.SUBJECT_CATEGORY));
        EntityRef object = e.get(Columns.OBJECT) == null ? null
                : new EntityRef((int) number(e, Columns.OBJECT), (String) e.get(Columns.OBJECT_CATEGORY));
        return new EventRef(subject, (String) e.get(Columns.PREDICATE), object, (int) number(e, Columns.BEGIN),
                (int) number(e, Columns.END));
    }

    private static Map<String, Object> row(TemporalPair p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(Columns.VIDEO, p.video());
        row.put(Columns.A, p.a().describe());
        row.put(Columns.RELATION, p.relationKeywords());
        row.put(Columns.B, p.b().describe());
        row.put(Columns.A_PREDICATE, p.a().predicate());
        row.put(Columns.A_BEGIN, (long) p.a().begin());
        row.put(Columns.A_END, (long) p.a().end());
        row.put(Columns.B_PREDICATE, p.b().predicate());
        row.put(Columns.B_BEGIN, (long) p.b().begin());
        row.put(Columns.B_END, (long) p.b().end());
        return row;
    }

    private static long number(Map<?, ?> e, String key) {
        return ((Number) e.get(key)).longValue();
    }
}
