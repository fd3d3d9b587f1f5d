package io.cotasks.query.compile;

import java.util.List;

/**
 * The names of result columns and of the keys of the maps the compiled Cypher returns. The compiler
 * writes them, the executor and the callers of the engine read them: one spelling for both sides.
 */
public final class Columns {

    private Columns() {
    }

    public static final String ID = "id";
    public static final String VIDEO = "video";
    public static final String TRACK = "track";
    public static final String CATEGORY = "category";
    public static final String SOURCE = "source";
    public static final String FRAME = "frame";
    public static final String TIME = "time";
    public static final String X1 = "x1";
    public static final String Y1 = "y1";
    public static final String X2 = "x2";
    public static final String Y2 = "y2";
    public static final String GENERATED = "generated";
    public static final String SUBJECT = "subject";
    public static final String SUBJECT_CATEGORY = "subjectCategory";
    public static final String PREDICATE = "predicate";
    public static final String OBJECT = "object";
    public static final String OBJECT_CATEGORY = "objectCategory";
    public static final String KIND = "kind";
    public static final String LABEL = "label";
    public static final String BEGIN = "begin";
    public static final String END = "end";
    public static final String BEGIN_SEC = "beginSec";
    public static final String END_SEC = "endSec";
    public static final String BEGIN_FRAME = "beginFrame";
    public static final String END_FRAME = "endFrame";
    public static final String UID = "uid";
    public static final String FPS = "fps";
    public static final String FRAME_COUNT = "frameCount";
    public static final String EVENTS = "events";
    public static final String COUNT = "count";
    public static final String VALUE = "value";
    public static final String A = "a";
    public static final String RELATION = "relation";
    public static final String B = "b";
    public static final String A_PREDICATE = "aPredicate";
    public static final String A_BEGIN = "aBegin";
    public static final String A_END = "aEnd";
    public static final String B_PREDICATE = "bPredicate";
    public static final String B_BEGIN = "bBegin";
    public static final String B_END = "bEnd";

    /** ENTITIES. */
    public static final List<String> ENTITY_ROWS = List.of(VIDEO, TRACK, CATEGORY, SOURCE);
    /** TRACK: one row per box. */
    public static final List<String> BOX_ROWS = List.of(VIDEO, TRACK, CATEGORY, FRAME, TIME, X1, Y1, X2, Y2, GENERATED);
    /** SPATIAL: one row per relation. */
    public static final List<String> SPATIAL_ROWS = List.of(VIDEO, SUBJECT, SUBJECT_CATEGORY, PREDICATE, OBJECT,
            OBJECT_CATEGORY, BEGIN_FRAME, END_FRAME);
    /** LOCALIZE: one row per merged span. */
    public static final List<String> SPAN_ROWS = List.of(VIDEO, BEGIN_FRAME, END_FRAME, BEGIN_SEC, END_SEC, EVENTS);
    /** TEMPORAL: one row per pair of events. */
    public static final List<String> PAIR_ROWS = List.of(VIDEO, A, RELATION, B, A_PREDICATE, A_BEGIN, A_END,
            B_PREDICATE, B_BEGIN, B_END);
}
