package io.cotasks.store;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A video graph as the parameter lists of the write statements, each element once (the first wins when the
 * graph repeats a natural key), property names from {@link Schema}.
 *
 * @param entities one property map per entity
 * @param frames   per distinct frame that has a box, in frame order: {@code [uid, index, time]}
 * @param tracks   per entity: {@code uid} and {@code boxes}, each box a list whose first item is the index of
 *                 its frame in {@code frames}, then x1, y1, x2, y2, frame, time, generated, confidence,
 *                 keypoints (a double array, or null)
 * @param events   per event: {@code uid}, subject uid {@code s}, object uid {@code o} (or null), {@code p} props
 * @param temporal {@code [fromUid, toUid, TYPE]} per canonical Allen relation
 */
record GraphRows(List<Map<String, Object>> entities, List<List<Object>> frames,
                 List<Map<String, Object>> tracks, List<Map<String, Object>> events,
                 List<List<String>> temporal) {

    /** Boxes across all tracks. */
    long boxCount() {
        return tracks.stream().mapToLong(t -> ((List<?>) t.get("boxes")).size()).sum();
    }

    static GraphRows of(VideoGraph graph) {
        Video video = graph.video();
        Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
        for (Entity e : graph.entities()) {
            entities.putIfAbsent(e.uid(), entity(e));
        }
        TreeMap<Integer, Integer> frameIndex = new TreeMap<>();
        for (Box b : graph.boxes()) {
            frameIndex.put(b.frame(), 0);
        }
        List<List<Object>> frames = new ArrayList<>(frameIndex.size());
        for (Map.Entry<Integer, Integer> f : frameIndex.entrySet()) {
            f.setValue(frames.size());
            frames.add(frame(video, f.getKey()));
        }
        return new GraphRows(new ArrayList<>(entities.values()), frames, tracks(graph, frameIndex),
                events(graph), temporal(graph));
    }

    private static Map<String, Object> entity(Entity e) {
        Map<String, Object> p = new HashMap<>();
        p.put(Schema.UID, e.uid());
        p.put(Schema.VIDEO_ID, e.videoId());
        p.put(Schema.TRACK_ID, (long) e.trackId());
        p.put(Schema.CATEGORY, e.category());
        p.put(Schema.SOURCE, e.source().key());
        p.put(Schema.CONFIDENCE, e.confidence());
        return p;
    }

    private static List<Object> frame(Video video, int index) {
        return List.of(video.id() + "#" + index, (long) index, video.seconds(index));
    }

    private static List<Map<String, Object>> tracks(VideoGraph graph, Map<Integer, Integer> frameIndex) {
        Map<Integer, Map<Integer, List<Object>>> byTrack = new LinkedHashMap<>();
        for (Box b : graph.boxes()) {
            List<Object> row = java.util.Arrays.asList((long) frameIndex.get(b.frame()), b.x1(), b.y1(), b.x2(), b.y2(),
                    (long) b.frame(), graph.video().seconds(b.frame()), b.generated(), b.confidence(),
                    b.keypoints().isEmpty() ? null : b.keypoints().stream().mapToDouble(Double::doubleValue).toArray());
            byTrack.computeIfAbsent(b.trackId(), t -> new LinkedHashMap<>()).putIfAbsent(b.frame(), row);
        }
        List<Map<String, Object>> tracks = new ArrayList<>(byTrack.size());
        byTrack.forEach((tid, boxes) -> tracks.add(Map.of(
                "uid", Entity.uid(graph.video().id(), tid), "boxes", new ArrayList<>(boxes.values()))));
        return tracks;
    }

    private static List<Map<String, Object>> events(VideoGraph graph) {
        Video video = graph.video();
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Event e : graph.events()) {
            Map<String, Object> p = new HashMap<>();
            p.put(Schema.UID, e.uid());
            p.put(Schema.VIDEO_ID, e.videoId());
            p.put(Schema.PREDICATE, e.predicate());
            p.put(Schema.KIND, e.kind().key());
            p.put(Schema.BEGIN, (long) e.begin());
            p.put(Schema.END, (long) e.end());
            p.put(Schema.BEGIN_SEC, video.seconds(e.begin()));
            p.put(Schema.END_SEC, video.seconds(e.end()));
            p.put(Schema.SOURCE, e.source().key());
            p.put(Schema.CONFIDENCE, e.confidence());
            p.put(Schema.LABEL, e.label());
            p.put(Schema.TEXTS, e.texts().isEmpty() ? null : e.texts().toArray(new String[0]));
            p.put(Schema.SUBJECT_TID, (long) e.subjectTid());
            p.put(Schema.OBJECT_TID, e.objectTid() == null ? null : e.objectTid().longValue());
            Map<String, Object> row = new HashMap<>();
            row.put("uid", e.uid());
            row.put("s", Entity.uid(e.videoId(), e.subjectTid()));
            row.put("o", e.objectTid() == null ? null : Entity.uid(e.videoId(), e.objectTid()));
            row.put("p", p);
            rows.putIfAbsent(e.uid(), row);
        }
        return new ArrayList<>(rows.values());
    }

    private static List<List<String>> temporal(VideoGraph graph) {
        Set<TemporalRelation> seen = new HashSet<>();
        List<List<String>> rows = new ArrayList<>();
        for (TemporalRelation t : graph.temporal()) {
            if (seen.add(t)) {
                rows.add(List.of(t.fromUid(), t.toUid(), t.relation().name()));
            }
        }
        return rows;
    }
}
