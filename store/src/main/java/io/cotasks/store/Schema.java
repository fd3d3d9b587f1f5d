package io.cotasks.store;

import java.util.List;

/**
 * The one vocabulary of the scene graph: every label, relationship type and property name, and the
 * constraints and indexes created at start-up. Other code refers to these constants, never to literals.
 *
 * <pre>
 * (:Video)-[:HAS_ENTITY]->(:Entity)-[:IN_FRAME {x1,y1,x2,y2,frame,time,generated,confidence,keypoints?}]->(:Frame)
 * (:Video)-[:HAS_EVENT]->(:Event)-[:SUBJECT]->(:Entity)
 *                        (:Event)-[:OBJECT]->(:Entity)
 * (:Event)-[:BEFORE|MEETS|OVERLAPS|STARTS|DURING|FINISHES|EQUALS]->(:Event)   (Allen, canonical direction)
 * (:Question)-[:ABOUT]->(:Video)
 * </pre>
 */
public final class Schema {

    private Schema() {
    }

    // Labels
    public static final String VIDEO = "Video";
    public static final String ENTITY = "Entity";
    public static final String FRAME = "Frame";
    public static final String EVENT = "Event";
    public static final String QUESTION = "Question";

    // Relationship types
    public static final String HAS_ENTITY = "HAS_ENTITY";
    public static final String HAS_EVENT = "HAS_EVENT";
    public static final String IN_FRAME = "IN_FRAME";
    public static final String SUBJECT = "SUBJECT";
    public static final String OBJECT = "OBJECT";
    public static final String ABOUT = "ABOUT";
    /** The canonical Allen relationship types, named after {@link io.cotasks.store.model.AllenRelation}. */
    public static final List<String> ALLEN_TYPES =
            List.of("BEFORE", "MEETS", "OVERLAPS", "STARTS", "DURING", "FINISHES", "EQUALS");

    /** Every node label, in the order of the schema picture. */
    public static final List<String> LABELS = List.of(VIDEO, ENTITY, FRAME, EVENT, QUESTION);

    /** Every relationship type: the structural ones, then the canonical Allen relations. */
    public static final List<String> RELATIONSHIP_TYPES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(HAS_ENTITY, HAS_EVENT, IN_FRAME, SUBJECT, OBJECT, ABOUT),
            ALLEN_TYPES.stream()).toList();

    // Properties shared by several labels
    public static final String ID = "id";
    /** On a Video detected from a file: the file's absolute path, size in bytes and modification time (ms). */
    public static final String SOURCE_PATH = "sourcePath";
    public static final String SOURCE_SIZE = "sourceSize";
    public static final String SOURCE_MODIFIED = "sourceModified";
    public static final String UID = "uid";
    public static final String VIDEO_ID = "videoId";
    public static final String SOURCE = "source";
    public static final String CONFIDENCE = "confidence";
    /** On IN_FRAME: a detected person's 17 keypoints as x, y, score triples (COCO order), when the detector gives them. */
    public static final String KEYPOINTS = "keypoints";
    public static final String DATASET = "dataset";
    /**
     * Who wrote an element: on {@code Video}, the origins (adapter and source file, e.g.
     * {@code vidor:11566930393.json}) that ever wrote to it, an empty string once one withdrew entirely; on
     * entities, boxes ({@code IN_FRAME}), events that are not derived, and questions, the indexes into their
     * video's list of the origins that wrote them. Derived elements carry none: they are recomputed.
     */
    public static final String ORIGINS = "origins";

    // Video
    public static final String FPS = "fps";
    public static final String FRAME_COUNT = "frameCount";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String DURATION = "duration";
    public static final String CAPTIONS = "captions";
    /** Per caption, the positions in {@link #ORIGINS} of the origins that wrote it, comma-separated. */
    public static final String CAPTION_ORIGINS = "captionOrigins";
    /** "origin=hash" strings, one per adapter that wrote this video. */
    public static final String CONTENT_HASHES = "contentHashes";

    // Entity
    public static final String TRACK_ID = "trackId";
    public static final String CATEGORY = "category";

    // Frame and box (IN_FRAME)
    public static final String INDEX = "index";
    public static final String TIME = "time";
    public static final String X1 = "x1";
    public static final String Y1 = "y1";
    public static final String X2 = "x2";
    public static final String Y2 = "y2";
    public static final String GENERATED = "generated";
    /** The frame index on an {@code IN_FRAME} relationship (the label is {@link #FRAME}). */
    public static final String BOX_FRAME = "frame";

    // Event
    public static final String PREDICATE = "predicate";
    public static final String KIND = "kind";
    public static final String BEGIN = "begin";
    public static final String END = "end";
    public static final String BEGIN_SEC = "beginSec";
    public static final String END_SEC = "endSec";
    public static final String LABEL = "label";
    /** The annotation's own sentences about one event (VidSTG captions; questions prefixed "Q: "). */
    public static final String TEXTS = "texts";
    public static final String SUBJECT_TID = "subjectTid";
    public static final String OBJECT_TID = "objectTid";

    // Question
    public static final String QID = "qid";
    public static final String TYPE = "type";
    public static final String TEXT = "text";
    public static final String CHOICES = "choices";
    public static final String ANSWER = "answer";
    public static final String ANSWER_INDEX = "answerIndex";
    /** Flattened [begin0, end0, begin1, end1, ...] in seconds. */
    public static final String SPANS = "spans";
    public static final String PROGRAM = "program";

    /** Uniqueness constraints on natural keys, created idempotently at start-up. */
    public static final List<String> CONSTRAINTS = List.of(
            "CREATE CONSTRAINT video_id IF NOT EXISTS FOR (n:Video) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (n:Entity) REQUIRE n.uid IS UNIQUE",
            "CREATE CONSTRAINT frame_uid IF NOT EXISTS FOR (n:Frame) REQUIRE n.uid IS UNIQUE",
            "CREATE CONSTRAINT event_uid IF NOT EXISTS FOR (n:Event) REQUIRE n.uid IS UNIQUE",
            "CREATE CONSTRAINT question_uid IF NOT EXISTS FOR (n:Question) REQUIRE n.uid IS UNIQUE");

    /** Indexes the DSL's traversals start from. */
    public static final List<String> INDEXES = List.of(
            "CREATE INDEX entity_video IF NOT EXISTS FOR (n:Entity) ON (n.videoId)",
            "CREATE INDEX entity_category IF NOT EXISTS FOR (n:Entity) ON (n.category)",
            "CREATE INDEX event_video IF NOT EXISTS FOR (n:Event) ON (n.videoId)",
            "CREATE INDEX event_predicate IF NOT EXISTS FOR (n:Event) ON (n.predicate)",
            "CREATE INDEX frame_video IF NOT EXISTS FOR (n:Frame) ON (n.videoId)",
            "CREATE INDEX question_video IF NOT EXISTS FOR (n:Question) ON (n.videoId)",
            "CREATE INDEX question_type IF NOT EXISTS FOR (n:Question) ON (n.type)",
            "CREATE INDEX video_dataset IF NOT EXISTS FOR (n:Video) ON (n.dataset)");
}
