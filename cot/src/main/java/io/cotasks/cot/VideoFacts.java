package io.cotasks.cot;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.result.EntityRef;
import io.cotasks.query.result.EventRow;
import io.cotasks.query.result.Result;
import io.cotasks.query.result.VideoRow;
import io.cotasks.query.statement.EventField;
import io.cotasks.query.statement.Patterns;
import io.cotasks.query.statement.Statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the graph says about one video, read with three DSL statements: its frame rate and length, its
 * entities and its events. Question grounding and planning work on these facts; the CoT steps then run
 * their own statements.
 *
 * @param videoId    the video
 * @param fps        frames per second (0 when unknown)
 * @param frameCount number of frames (0 when unknown)
 * @param entities   tracked entities
 * @param events     events with a subject and an object, in begin order
 * @param statements the statements that read these facts
 */
public record VideoFacts(String videoId, double fps, int frameCount, List<Entity> entities, List<Event> events,
                         List<String> statements) {

    /** An entity: track id and category. */
    public record Entity(int track, String category) {
        public String label() {
            return category + "#" + track;
        }
    }

    /** An event: frames {@code [begin, end)}, with the annotation's own sentences about it (may be empty). */
    public record Event(String predicate, String kind, String source, Entity subject, Entity object, int begin,
                        int end, List<String> texts) {

        public Event {
            texts = texts == null ? List.of() : List.copyOf(texts);
        }

        /** An event without sentences. */
        public Event(String predicate, String kind, String source, Entity subject, Entity object, int begin, int end) {
            this(predicate, kind, source, subject, object, begin, end, List.of());
        }

        public int length() {
            return end - begin;
        }

        /** {@code adult#0 watch dog#2}. */
        public String describe() {
            return subject.label() + " " + predicate + (object == null ? "" : " " + object.label());
        }
    }

    public VideoFacts {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        statements = List.copyOf(statements);
    }

    /** Reads the facts of a video through the DSL; a video the graph does not hold has none. */
    public static VideoFacts load(QueryEngine engine, String videoId) {
        Result<VideoRow> video = engine.run(Statements.video(videoId));
        if (video.rows().isEmpty()) {
            // a question's video that the graph does not hold: no facts (the other statements would reject it)
            return new VideoFacts(videoId, 0, 0, List.of(), List.of(), List.of(video.statement()));
        }
        VideoRow v = video.rows().get(0);
        double fps = v.fps() == null ? 0 : v.fps();
        int frames = v.frameCount() == null ? 0 : v.frameCount();
        Result<EntityRef> listed = engine.run(Statements.entities().inVideo(videoId));
        Set<Entity> entities = new LinkedHashSet<>();
        listed.rows().forEach(e -> entities.add(new Entity(e.track(), e.category())));
        Result<EventRow> read = engine.run(Statements.events(Patterns.event("e", Patterns.node("s"),
                Patterns.anyPredicate(), Patterns.node("o")), EventField.PREDICATE, EventField.KIND, EventField.SOURCE,
                EventField.BEGIN, EventField.END, EventField.SUBJECT_TRACK, EventField.SUBJECT_CATEGORY,
                EventField.OBJECT_TRACK, EventField.OBJECT_CATEGORY, EventField.TEXTS).inVideo(videoId));
        List<Event> events = new ArrayList<>();
        for (EventRow row : read.rows()) {
            Entity subject = new Entity(row.subjectTrack(), row.subjectCategory());
            Entity object = new Entity(row.objectTrack(), row.objectCategory());
            events.add(new Event(row.predicate(), row.kind(), row.source(), subject, object, row.begin(), row.end(),
                    row.texts()));
            entities.add(subject);
            entities.add(object);
        }
        events.sort(Comparator.comparingInt(Event::begin).thenComparing(Event::predicate));
        if (frames == 0) {
            frames = events.stream().mapToInt(Event::end).max().orElse(0);
        }
        return new VideoFacts(videoId, fps, frames, new ArrayList<>(entities), events,
                List.of(video.statement(), listed.statement(), read.statement()));
    }

    /** Seconds at the start of a frame. */
    public double seconds(int frame) {
        return fps > 0 ? frame / fps : frame;
    }

    /** Categories present in the video. */
    public Set<String> categories() {
        Set<String> out = new LinkedHashSet<>();
        entities.forEach(x -> out.add(x.category()));
        return out;
    }

    /** Predicates present in the video. */
    public Set<String> predicates() {
        Set<String> out = new LinkedHashSet<>();
        events.forEach(x -> out.add(x.predicate()));
        return out;
    }
}
