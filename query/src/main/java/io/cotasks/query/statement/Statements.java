package io.cotasks.query.statement;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.CompareOp;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Pos;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.exec.Executor;
import io.cotasks.query.exec.RowReaders;
import io.cotasks.query.result.EntityRef;
import io.cotasks.query.result.EventRow;
import io.cotasks.query.result.Span;
import io.cotasks.query.result.SpatialRelation;
import io.cotasks.query.result.TemporalPair;
import io.cotasks.query.result.TrackBox;
import io.cotasks.query.result.VideoRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Static factories of typed statements, e.g. {@code Statements.localize(binding).inVideo(id).frames(a, b)}:
 * the CoTask operators and the look-ups the CoT module makes. Patterns come from {@link Patterns}.
 */
public final class Statements {

    private Statements() {
    }

    /** {@code VIDEOS WHERE id = 'id'}. */
    public static Operator<VideoRow> video(String id) {
        Constraint.Comparison idIs = new Constraint.Comparison(Pos.NONE, null, Patterns.name("id"), CompareOp.EQ,
                new Literal(Pos.NONE, id));
        return Operator.of(scope -> new Query.Videos(Pos.NONE, List.of(idIs), null), rows(RowReaders::video));
    }

    /** {@code ENTITIES}: every entity in the scope. */
    public static Operator<EntityRef> entities() {
        return Operator.of(scope -> new Query.Entities(Pos.NONE, null, scope, null), rows(RowReaders::entity));
    }

    /**
     * {@code EVENTS e = (s)-[*]->(o) RETURN e.predicate, s.track, ...}: the events matching one binding, with the
     * fields asked for. A field of the subject or object needs that node's variable, an event field the binding's.
     */
    public static Operator<EventRow> events(Binding binding, EventField... fields) {
        Map<EventField, Item> items = new LinkedHashMap<>();
        for (EventField f : fields) {
            items.put(f, new Item(Pos.NONE, owner(binding, f), Patterns.name(f.property())));
        }
        ReturnClause.Items ret = new ReturnClause.Items(Pos.NONE, false, List.copyOf(items.values()));
        return Operator.of(scope -> new Query.Events(Pos.NONE, List.of(binding), scope, List.of(), ret, null),
                rows(row -> eventRow(row, items)));
    }

    /** Frame localization: {@code LOCALIZE bindings}. */
    public static Operator<Span> localize(Binding... bindings) {
        return Operator.of(scope -> new Query.Localize(Pos.NONE, List.of(bindings), scope, List.of(), null),
                rows(RowReaders::span));
    }

    /** Entity tracking: {@code TRACK (node) ... SAMPLE n}, at most {@code sample} boxes per track. */
    public static Operator<TrackBox> track(NodePattern node, long sample) {
        return Operator.of(scope -> new Query.Track(Pos.NONE, node, scope, sample), rows(RowReaders::box));
    }

    /** Entity tracking: {@code TRACK (node)}, every box. */
    public static Operator<TrackBox> track(NodePattern node) {
        return Operator.of(scope -> new Query.Track(Pos.NONE, node, scope, null), rows(RowReaders::box));
    }

    /** Spatial relation extraction: {@code SPATIAL (a), (b)}. */
    public static Operator<SpatialRelation> spatial(NodePattern... nodes) {
        return Operator.of(scope -> new Query.Spatial(Pos.NONE, List.of(nodes), scope), rows(RowReaders::relation));
    }

    /** Temporal relation extraction: {@code TEMPORAL bindings}. */
    public static Operator<TemporalPair> temporal(Binding... bindings) {
        return Operator.of(scope -> new Query.Temporal(Pos.NONE, List.of(bindings), scope, List.of()),
                Executor.Rows::pairs);
    }

    private static <R> Function<Executor.Rows, List<R>> rows(Function<Map<String, Object>, R> reader) {
        return rows -> rows.rows().stream().map(reader).toList();
    }

    private static Name owner(Binding binding, EventField field) {
        Name variable = switch (field.role()) {
            case EVENT -> binding.variable();
            case SUBJECT -> binding.subject().variable();
            case OBJECT -> binding.object() == null ? null : binding.object().variable();
        };
        if (variable == null) {
            throw new IllegalArgumentException(field + " needs a variable on the " + field.role().name().toLowerCase(
                    java.util.Locale.ROOT) + " of " + binding);
        }
        return variable;
    }

    private static EventRow eventRow(Map<String, Object> row, Map<EventField, Item> items) {
        Function<EventField, Object> value = f -> items.containsKey(f) ? row.get(items.get(f).column()) : null;
        return new EventRow(RowReaders.text(value.apply(EventField.PREDICATE)), RowReaders.text(value.apply(EventField.KIND)),
                RowReaders.text(value.apply(EventField.SOURCE)), RowReaders.text(value.apply(EventField.LABEL)),
                RowReaders.integer(value.apply(EventField.BEGIN)), RowReaders.integer(value.apply(EventField.END)),
                RowReaders.integer(value.apply(EventField.SUBJECT_TRACK)),
                RowReaders.text(value.apply(EventField.SUBJECT_CATEGORY)),
                RowReaders.integer(value.apply(EventField.OBJECT_TRACK)),
                RowReaders.text(value.apply(EventField.OBJECT_CATEGORY)), RowReaders.texts(value.apply(EventField.TEXTS)));
    }
}
