package io.cotasks.ingest.render;

import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the pictures show from the scene graph: a frame's boxes and relations, a video's timeline.
 * Values reach Cypher only as parameters.
 */
public final class GraphPictures {

    private static final String NEAREST_FRAME = """
            MATCH (:Video {id: $video})-[:HAS_ENTITY]->(:Entity)-[b:IN_FRAME]->(f:Frame)
            WITH DISTINCT f.index AS frame
            RETURN frame ORDER BY abs(frame - $frame), frame LIMIT 1""";

    private static final String BOXES = """
            MATCH (:Video {id: $video})-[:HAS_ENTITY]->(e:Entity)-[b:IN_FRAME]->(f:Frame {index: $frame})
            RETURN e.trackId AS track, e.category AS category, b.x1 AS x1, b.y1 AS y1, b.x2 AS x2, b.y2 AS y2,
                   coalesce(b.generated, false) AS generated
            ORDER BY track""";

    private static final String RELATIONS = """
            MATCH (:Video {id: $video})-[:HAS_EVENT]->(ev:Event)-[:SUBJECT]->(s:Entity), (ev)-[:OBJECT]->(o:Entity)
            WHERE ev.begin <= $frame AND $frame < ev.end
            RETURN DISTINCT s.trackId AS subject, ev.predicate AS predicate, o.trackId AS object
            ORDER BY subject, object, predicate""";

    private static final String VIDEO = """
            MATCH (v:Video {id: $video}) RETURN v.fps AS fps, v.frameCount AS frames""";

    private static final String EVENTS = """
            MATCH (:Video {id: $video})-[:HAS_EVENT]->(ev:Event)-[:SUBJECT]->(s:Entity)
            OPTIONAL MATCH (ev)-[:OBJECT]->(o:Entity)
            RETURN s.trackId AS subject, s.category AS subjectCategory, o.trackId AS object,
                   o.category AS objectCategory, ev.predicate AS predicate, ev.begin AS begin, ev.end AS end
            ORDER BY begin, end, subject, predicate""";

    private GraphPictures() {
    }

    /**
     * The overlay of {@code frame}, or of the nearest frame that has boxes (detections exist only on
     * sampled frames, annotations on keyframes).
     *
     * @throws CotasksException when the video is not in the graph or has no boxes
     */
    public static FrameOverlay overlay(SceneGraphStore store, String videoId, int frame) {
        requireVideo(store, videoId);
        List<Map<String, Object>> nearest = store.query(NEAREST_FRAME, Map.of("video", videoId, "frame", frame)).rows();
        if (nearest.isEmpty()) {
            throw new CotasksException("video '" + videoId + "' has no boxes in " + store.describe());
        }
        int shown = ((Number) nearest.get(0).get("frame")).intValue();
        Map<String, Object> params = Map.of("video", videoId, "frame", shown);
        List<FrameOverlay.EntityBox> boxes = new ArrayList<>();
        for (Map<String, Object> r : store.query(BOXES, params).rows()) {
            boxes.add(new FrameOverlay.EntityBox(intOf(r.get("track")), String.valueOf(r.get("category")),
                    num(r.get("x1")), num(r.get("y1")), num(r.get("x2")), num(r.get("y2")),
                    Boolean.TRUE.equals(r.get("generated"))));
        }
        List<Integer> present = boxes.stream().map(FrameOverlay.EntityBox::trackId).toList();
        List<FrameOverlay.Relation> relations = new ArrayList<>();
        for (Map<String, Object> r : store.query(RELATIONS, params).rows()) {
            int s = intOf(r.get("subject"));
            int o = intOf(r.get("object"));
            if (s != o && present.contains(s) && present.contains(o)) {
                relations.add(new FrameOverlay.Relation(s, String.valueOf(r.get("predicate")), o));
            }
        }
        return new FrameOverlay(videoId, shown, boxes, relations);
    }

    /**
     * The video's events as a timeline, one row per (subject, object) pair in order of first event.
     *
     * @throws CotasksException when the video is not in the graph
     */
    public static Timeline timeline(SceneGraphStore store, String videoId) {
        Map<String, Object> video = requireVideo(store, videoId);
        Map<String, List<Timeline.Span>> rows = new LinkedHashMap<>();
        for (Map<String, Object> r : store.query(EVENTS, Map.of("video", videoId)).rows()) {
            String label = "#" + r.get("subject") + " " + r.get("subjectCategory")
                    + (r.get("object") == null ? "" : " -> #" + r.get("object") + " " + r.get("objectCategory"));
            rows.computeIfAbsent(label, l -> new ArrayList<>()).add(new Timeline.Span(intOf(r.get("begin")),
                    intOf(r.get("end")), String.valueOf(r.get("predicate"))));
        }
        int lastEnd = rows.values().stream().flatMap(List::stream).mapToInt(Timeline.Span::end).max().orElse(1);
        int frames = video.get("frames") == null ? lastEnd : Math.max(lastEnd, intOf(video.get("frames")));
        double fps = video.get("fps") == null ? 0 : num(video.get("fps"));
        List<Timeline.Row> list = new ArrayList<>();
        rows.forEach((label, spans) -> list.add(new Timeline.Row(label, spans)));
        return new Timeline(videoId, fps, frames, list);
    }

    private static Map<String, Object> requireVideo(SceneGraphStore store, String videoId) {
        List<Map<String, Object>> rows = store.query(VIDEO, Map.of("video", videoId)).rows();
        if (rows.isEmpty()) {
            throw new CotasksException("video '" + videoId + "' is not in " + store.describe());
        }
        return rows.get(0);
    }

    private static int intOf(Object value) {
        return ((Number) value).intValue();
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }
}
