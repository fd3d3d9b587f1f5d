package io.cotasks.query.exec;

import io.cotasks.query.compile.Columns;
import io.cotasks.query.result.EntityRef;
import io.cotasks.query.result.Span;
import io.cotasks.query.result.SpatialRelation;
import io.cotasks.query.result.TrackBox;
import io.cotasks.query.result.VideoRow;

import java.util.List;
import java.util.Map;

/**
 * Reads the engine's map rows into the typed rows of {@link io.cotasks.query.result}: the one place outside the
 * compiler that knows the column names ({@link Columns}).
 */
public final class RowReaders {

    private RowReaders() {
    }

    /** A VIDEOS row. */
    public static VideoRow video(Map<String, Object> row) {
        Object fps = row.get(Columns.FPS);
        return new VideoRow(text(row.get(Columns.ID)), fps == null ? null : ((Number) fps).doubleValue(),
                integer(row.get(Columns.FRAME_COUNT)));
    }

    /** An ENTITIES row. */
    public static EntityRef entity(Map<String, Object> row) {
        return new EntityRef(integer(row.get(Columns.TRACK)), text(row.get(Columns.CATEGORY)));
    }

    /** A LOCALIZE row. */
    public static Span span(Map<String, Object> row) {
        return new Span(text(row.get(Columns.VIDEO)), integer(row.get(Columns.BEGIN_FRAME)),
                integer(row.get(Columns.END_FRAME)), decimal(row.get(Columns.BEGIN_SEC)),
                decimal(row.get(Columns.END_SEC)), integer(row.get(Columns.EVENTS)));
    }

    /** A TRACK row. */
    public static TrackBox box(Map<String, Object> row) {
        return new TrackBox(text(row.get(Columns.VIDEO)), entity(row), integer(row.get(Columns.FRAME)),
                decimal(row.get(Columns.TIME)), decimal(row.get(Columns.X1)), decimal(row.get(Columns.Y1)),
                decimal(row.get(Columns.X2)), decimal(row.get(Columns.Y2)), Boolean.TRUE.equals(row.get(Columns.GENERATED)));
    }

    /** A SPATIAL row. */
    public static SpatialRelation relation(Map<String, Object> row) {
        return new SpatialRelation(text(row.get(Columns.VIDEO)),
                new EntityRef(integer(row.get(Columns.SUBJECT)), text(row.get(Columns.SUBJECT_CATEGORY))),
                text(row.get(Columns.PREDICATE)),
                new EntityRef(integer(row.get(Columns.OBJECT)), text(row.get(Columns.OBJECT_CATEGORY))),
                integer(row.get(Columns.BEGIN_FRAME)), integer(row.get(Columns.END_FRAME)));
    }

    /** The texts of an engine look-up's single {@link Columns#VALUE} column, skipping nulls. */
    public static List<String> values(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get(Columns.VALUE)).filter(String.class::isInstance)
                .map(String.class::cast).toList();
    }

    /** A whole number, or null. */
    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A text, or null. */
    public static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** A list of texts (Neo4j gives a string array or a list), empty for null. */
    public static List<String> texts(Object value) {
        if (value instanceof String[] a) {
            return List.of(a);
        }
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static double decimal(Object value) {
        return ((Number) value).doubleValue();
    }
}
