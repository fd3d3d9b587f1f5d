package io.cotasks.ingest.render;

import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.read.GraphReads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pictures show, read from the scene graph through {@link GraphReads}: a frame's boxes and
 * relations, a video's timeline.
 */
public final class GraphPictures {

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
        int shown = GraphReads.nearestFrameWithBoxes(store, videoId, frame).orElseThrow(
                () -> new CotasksException("video '" + videoId + "' has no boxes in " + store.describe()));
        List<FrameOverlay.EntityBox> boxes = new ArrayList<>();
        for (GraphReads.FrameBox b : GraphReads.boxes(store, videoId, shown)) {
            boxes.add(new FrameOverlay.EntityBox(b.track(), b.category(), b.x1(), b.y1(), b.x2(), b.y2(), b.generated()));
        }
        List<Integer> present = boxes.stream().map(FrameOverlay.EntityBox::trackId).toList();
        List<FrameOverlay.Relation> relations = new ArrayList<>();
        for (GraphReads.FrameRelation r : GraphReads.relations(store, videoId, shown)) {
            if (r.subject() != r.object() && present.contains(r.subject()) && present.contains(r.object())) {
                relations.add(new FrameOverlay.Relation(r.subject(), r.predicate(), r.object()));
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
        GraphReads.VideoTiming video = requireVideo(store, videoId);
        Map<String, List<Timeline.Span>> rows = new LinkedHashMap<>();
        for (GraphReads.VideoEvent e : GraphReads.events(store, videoId)) {
            String label = "#" + e.subject() + " " + e.subjectCategory()
                    + (e.object() == null ? "" : " -> #" + e.object() + " " + e.objectCategory());
            rows.computeIfAbsent(label, l -> new ArrayList<>()).add(new Timeline.Span(e.begin(), e.end(), e.predicate()));
        }
        int lastEnd = rows.values().stream().flatMap(List::stream).mapToInt(Timeline.Span::end).max().orElse(1);
        int frames = video.frames() == null ? lastEnd : Math.max(lastEnd, video.frames());
        double fps = video.fps() == null ? 0 : video.fps();
        List<Timeline.Row> list = new ArrayList<>();
        rows.forEach((label, spans) -> list.add(new Timeline.Row(label, spans)));
        return new Timeline(videoId, fps, frames, list);
    }

    private static GraphReads.VideoTiming requireVideo(SceneGraphStore store, String videoId) {
        return GraphReads.videoTiming(store, videoId).orElseThrow(
                () -> new CotasksException("video '" + videoId + "' is not in " + store.describe()));
    }
}
