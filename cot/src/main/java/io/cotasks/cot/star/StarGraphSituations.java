package io.cotasks.cot.star;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.error.UnknownVideoException;
import io.cotasks.query.result.EventRow;
import io.cotasks.query.result.Result;
import io.cotasks.query.result.TrackBox;
import io.cotasks.query.statement.EventField;
import io.cotasks.query.statement.Operator;
import io.cotasks.query.statement.Patterns;
import io.cotasks.query.statement.Statements;
import io.cotasks.store.star.StarClasses;
import io.cotasks.store.star.StarLabels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A question's situations read from the graph: per keyframe the objects with a box ({@code TRACK}) and the
 * relations whose annotated events cover it ({@code EVENTS}); the record's own action lists and box-less
 * labels come with the question ({@link QuestionSituation}). A question known only from the graph takes
 * every keyframe of its window and the action events covering each one.
 */
final class StarGraphSituations implements SituationFrames {

    /** An annotated event of the video: label and frames {@code [begin, end)}. */
    record Span(String label, int begin, int end) {
        boolean covers(int frame) {
            return begin <= frame && frame < end;
        }
    }

    /**
     * One video as the graph has it, read with two statements.
     *
     * @param present    false when the graph has no such video
     * @param boxed      per frame, the object labels with a box
     * @param events     every annotated event (relations and actions)
     * @param fps        frames per second from the boxes' times (0 when unknown)
     * @param statements the statements that read it
     */
    record VideoFrames(boolean present, Map<Integer, Set<Object>> boxed, List<Span> events, double fps,
                       List<String> statements) {
    }

    private static final String ANNOTATION = "annotation";

    /** Videos read once and shared by every question of a run (not thread-safe). */
    static final class Cache {
        private final QueryEngine engine;
        private final StarClasses classes;
        private final Map<String, VideoFrames> videos = new HashMap<>();

        Cache(QueryEngine engine, StarClasses classes) {
            this.engine = engine;
            this.classes = classes;
        }

        VideoFrames video(String videoId) {
            return videos.computeIfAbsent(videoId, this::load);
        }

        StarClasses classes() {
            return classes;
        }

        private VideoFrames load(String videoId) {
            Operator<TrackBox> track = Statements.track(Patterns.any()).inVideo(videoId).source(ANNOTATION);
            Operator<EventRow> events = Statements.events(Patterns.event("e", Patterns.any(), Patterns.anyPredicate(),
                    null), EventField.LABEL, EventField.BEGIN, EventField.END).inVideo(videoId).source(ANNOTATION);
            Result<TrackBox> boxes;
            Result<EventRow> spans;
            try {
                boxes = engine.run(track);
                spans = engine.run(events);
            } catch (UnknownVideoException e) {
                return new VideoFrames(false, Map.of(), List.of(), 0, List.of(track.text()));
            }
            Map<Integer, Set<Object>> boxed = new TreeMap<>();
            double fps = 0;
            for (TrackBox box : boxes.rows()) {
                boxed.computeIfAbsent(box.frame(), f -> new LinkedHashSet<>())
                        .add(StarLabels.objectValue(box.entity().track()));
                if (box.frame() > 0 && box.time() > 0 && fps == 0) {
                    fps = box.frame() / box.time();
                }
            }
            List<Span> list = new ArrayList<>();
            for (EventRow row : spans.rows()) {
                if (row.label() != null) {
                    list.add(new Span(row.label(), row.begin(), row.end()));
                }
            }
            return new VideoFrames(true, boxed, list, fps, List.of(boxes.statement(), spans.statement()));
        }
    }

    private final VideoFrames video;
    private final QuestionSituation own;
    private final List<String> keys;
    private final StarClasses classes;
    private final Map<String, List<Object>> relLabels = new HashMap<>();
    private final Map<String, List<Object>> bboxLabels = new HashMap<>();

    private StarGraphSituations(VideoFrames video, QuestionSituation own, List<String> keys, StarClasses classes) {
        this.video = video;
        this.own = own;
        this.keys = keys;
        this.classes = classes;
    }

    /** The situations of {@code q} on the graph read through {@code cache}. */
    static StarGraphSituations of(Cache cache, StarQuestion q) {
        VideoFrames video = cache.video(q.videoId());
        List<String> keys;
        if (q.situation() != null) {
            keys = q.situation().keys();
        } else {
            keys = video.boxed().keySet().stream().filter(f -> q.firstKeyframe() <= f && f <= q.lastKeyframe())
                    .map(f -> String.format(Locale.ROOT, "%06d", f)).toList();
        }
        return new StarGraphSituations(video, q.situation(), keys, cache.classes());
    }

    VideoFrames video() {
        return video;
    }

    @Override
    public List<String> keys() {
        return keys;
    }

    @Override
    public List<Object> actions(String key) {
        if (own != null) {
            return own.actions().getOrDefault(key, List.of());
        }
        int frame = Integer.parseInt(key);
        return video.events().stream().filter(s -> StarLabels.isAction(s.label()) && s.covers(frame))
                .sorted(Comparator.comparingInt(Span::begin).thenComparing(Span::label))
                .map(s -> (Object) classes.actionId(s.label())).distinct().toList();
    }

    @Override
    public List<Object> relLabels(String key) {
        return relLabels.computeIfAbsent(key, this::relationsOn);
    }

    private List<Object> relationsOn(String key) {
        int frame = Integer.parseInt(key);
        Set<Object> out = new LinkedHashSet<>();
        for (Span s : video.events()) {
            if (!StarLabels.isAction(s.label()) && s.covers(frame)) {
                out.add(StarLabels.relationValue(classes, s.label()));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<Object> bboxLabels(String key) {
        return bboxLabels.computeIfAbsent(key, this::objectsOn);
    }

    private List<Object> objectsOn(String key) {
        Set<Object> out = new TreeSet<>(Comparator.comparing(String::valueOf));
        out.addAll(video.boxed().getOrDefault(Integer.parseInt(key), Set.of()));
        if (own != null) {
            out.addAll(own.unboxed().getOrDefault(key, List.of()));
        }
        return List.copyOf(out);
    }
}
