package io.cotasks.store.read;

import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.model.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static io.cotasks.store.Schema.*;


/**
 * Typed reads of the scene graph for callers outside the query engine (pictures, evaluation), so that no
 * Cypher is written outside {@code store} and the query compiler. Values reach Cypher only as parameters.
 */
public final class GraphReads {

    private static final String VIDEO_TIMING = "MATCH (v:" + VIDEO + " {" + ID + ": $video}) RETURN v." + FPS
            + " AS fps, v." + FRAME_COUNT + " AS frames";

    private static final String NEAREST_FRAME = "MATCH (:" + VIDEO + " {" + ID + ": $video})-[:" + HAS_ENTITY + "]->(:"
            + ENTITY + ")-[:" + IN_FRAME + "]->(f:" + FRAME + ") WITH DISTINCT f." + INDEX + " AS frame "
            + "RETURN frame ORDER BY abs(frame - $frame), frame LIMIT 1";

    private static final String BOXES = "MATCH (:" + VIDEO + " {" + ID + ": $video})-[:" + HAS_ENTITY + "]->(e:" + ENTITY
            + ")-[b:" + IN_FRAME + "]->(:" + FRAME + " {" + INDEX + ": $frame}) RETURN e." + TRACK_ID + " AS track, e."
            + CATEGORY + " AS category, b." + X1 + " AS x1, b." + Y1 + " AS y1, b." + X2 + " AS x2, b." + Y2
            + " AS y2, coalesce(b." + GENERATED + ", false) AS generated ORDER BY track";

    private static final String RELATIONS = "MATCH (:" + VIDEO + " {" + ID + ": $video})-[:" + HAS_EVENT + "]->(ev:"
            + EVENT + ")-[:" + SUBJECT + "]->(s:" + ENTITY + "), (ev)-[:" + OBJECT + "]->(o:" + ENTITY + ") WHERE ev."
            + BEGIN + " <= $frame AND $frame < ev." + END + " RETURN DISTINCT s." + TRACK_ID + " AS subject, ev."
            + PREDICATE + " AS predicate, o." + TRACK_ID + " AS object ORDER BY subject, object, predicate";

    private static final String EVENTS = "MATCH (:" + VIDEO + " {" + ID + ": $video})-[:" + HAS_EVENT + "]->(ev:" + EVENT
            + ")-[:" + SUBJECT + "]->(s:" + ENTITY + ") OPTIONAL MATCH (ev)-[:" + OBJECT + "]->(o:" + ENTITY + ") RETURN s."
            + TRACK_ID + " AS subject, s." + CATEGORY + " AS subjectCategory, o." + TRACK_ID + " AS object, o." + CATEGORY
            + " AS objectCategory, ev." + PREDICATE + " AS predicate, ev." + BEGIN + " AS begin, ev." + END
            + " AS end ORDER BY begin, end, subject, predicate";

    private static final String STORED_HASHES = "UNWIND $ids AS id MATCH (v:" + VIDEO + " {" + ID + ": id}) RETURN v."
            + ID + " AS id, v." + CONTENT_HASHES + " AS hashes";

    private static final String VIDEO_ORIGINS = "MATCH (v:" + VIDEO + ") WHERE v." + ORIGINS + " IS NOT NULL RETURN v."
            + ID + " AS id, v." + ORIGINS + " AS origins";

    private static final String QUESTIONS = "MATCH (q:" + QUESTION + ") WHERE q." + DATASET + " IN $datasets RETURN q."
            + DATASET + " AS dataset, q." + QID + " AS qid, q." + VIDEO_ID + " AS videoId, q." + TYPE + " AS type, q."
            + TEXT + " AS text, q." + CHOICES + " AS choices, q." + ANSWER + " AS answer, q." + ANSWER_INDEX
            + " AS answerIndex ORDER BY videoId, qid";

    private GraphReads() {
    }

    /**
     * A video's frame rate and length.
     *
     * @param fps    frames per second, or null when unknown
     * @param frames the number of frames, or null when unknown
     */
    public record VideoTiming(Double fps, Integer frames) {
    }

    /** One box of an entity on a frame. */
    public record FrameBox(int track, String category, double x1, double y1, double x2, double y2, boolean generated) {
    }

    /** A relation that holds on a frame between two tracks. */
    public record FrameRelation(int subject, String predicate, int object) {
    }

    /**
     * An event of a video with its participants.
     *
     * @param object         the object's track, or null for an event without object
     * @param objectCategory the object's category, or null
     */
    public record VideoEvent(int subject, String subjectCategory, Integer object, String objectCategory,
                             String predicate, int begin, int end) {
    }

    /** The video's timing; empty when the graph does not have the video. */
    public static Optional<VideoTiming> videoTiming(SceneGraphStore store, String videoId) {
        List<Map<String, Object>> rows = store.query(VIDEO_TIMING, Map.of("video", videoId)).rows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> r = rows.get(0);
        return Optional.of(new VideoTiming(r.get("fps") == null ? null : num(r.get("fps")),
                r.get("frames") == null ? null : intOf(r.get("frames"))));
    }

    /** The {@code origin=hash} strings stored on these videos, by video id (videos without any left out). */
    public static Map<String, List<String>> contentHashes(SceneGraphStore store, List<String> videoIds) {
        Map<String, List<String>> out = new HashMap<>();
        for (Map<String, Object> row : store.query(STORED_HASHES, Map.of("ids", videoIds)).rows()) {
            if (row.get("hashes") instanceof List<?> hashes) {
                out.put((String) row.get("id"), hashes.stream().map(String::valueOf).toList());
            }
        }
        return out;
    }

    /** Every video's origins (adapter and source file of what it holds), by video id in the graph's order. */
    public static Map<String, List<String>> videoOrigins(SceneGraphStore store) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map<String, Object> row : store.query(VIDEO_ORIGINS, Map.of()).rows()) {
            out.put((String) row.get("id"), ((List<?>) row.get("origins")).stream().map(String::valueOf).toList());
        }
        return out;
    }

    /** The frame closest to {@code frame} that has boxes (ties: the earlier one); empty when none has. */
    public static OptionalInt nearestFrameWithBoxes(SceneGraphStore store, String videoId, int frame) {
        List<Map<String, Object>> rows = store.query(NEAREST_FRAME, Map.of("video", videoId, "frame", frame)).rows();
        return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(intOf(rows.get(0).get("frame")));
    }

    /** The boxes on a frame, by track. */
    public static List<FrameBox> boxes(SceneGraphStore store, String videoId, int frame) {
        List<FrameBox> boxes = new ArrayList<>();
        for (Map<String, Object> r : store.query(BOXES, Map.of("video", videoId, "frame", frame)).rows()) {
            boxes.add(new FrameBox(intOf(r.get("track")), String.valueOf(r.get("category")), num(r.get("x1")),
                    num(r.get("y1")), num(r.get("x2")), num(r.get("y2")), Boolean.TRUE.equals(r.get("generated"))));
        }
        return boxes;
    }

    /** The distinct relations between two entities that hold on a frame, by subject, object, predicate. */
    public static List<FrameRelation> relations(SceneGraphStore store, String videoId, int frame) {
        List<FrameRelation> relations = new ArrayList<>();
        for (Map<String, Object> r : store.query(RELATIONS, Map.of("video", videoId, "frame", frame)).rows()) {
            relations.add(new FrameRelation(intOf(r.get("subject")), String.valueOf(r.get("predicate")),
                    intOf(r.get("object"))));
        }
        return relations;
    }

    /** The video's events in order of begin, end, subject and predicate. */
    public static List<VideoEvent> events(SceneGraphStore store, String videoId) {
        List<VideoEvent> events = new ArrayList<>();
        for (Map<String, Object> r : store.query(EVENTS, Map.of("video", videoId)).rows()) {
            events.add(new VideoEvent(intOf(r.get("subject")), (String) r.get("subjectCategory"),
                    r.get("object") == null ? null : intOf(r.get("object")), (String) r.get("objectCategory"),
                    String.valueOf(r.get("predicate")), intOf(r.get("begin")), intOf(r.get("end"))));
        }
        return events;
    }

    /** The questions of these datasets (e.g. {@code nextqa-mc}), ordered by video and qid. */
    public static List<Question> questions(SceneGraphStore store, List<String> datasets) {
        List<Question> questions = new ArrayList<>();
        for (Map<String, Object> row : store.query(QUESTIONS, Map.of("datasets", datasets)).rows()) {
            Object choices = row.get("choices");
            Object index = row.get("answerIndex");
            questions.add(new Question((String) row.get("dataset"), String.valueOf(row.get("qid")),
                    String.valueOf(row.get("videoId")), (String) row.get("type"), (String) row.get("text"),
                    choices instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                    (String) row.get("answer"), index instanceof Number n ? n.intValue() : -1, List.of(), List.of()));
        }
        return questions;
    }

    private static int intOf(Object value) {
        return ((Number) value).intValue();
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }
}
