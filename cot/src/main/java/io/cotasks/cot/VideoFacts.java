package io.cotasks.cot;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.StatementResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        List<String> statements = new ArrayList<>();
        String video = "VIDEOS WHERE id = " + Dsl.string(videoId);
        statements.add(video);
        StatementResult v = engine.run(video);
        if (v.rows().isEmpty()) {
            // a question's video that the graph does not hold: no facts (the other statements would reject it)
            return new VideoFacts(videoId, 0, 0, List.of(), List.of(), statements);
        }
        Map<String, Object> videoRow = v.rows().get(0);
        Object f = Rows.get(v, videoRow, "fps");
        Object n = Rows.get(v, videoRow, "frameCount");
        double fps = f == null ? 0 : Rows.number(f);
        int frames = n == null ? 0 : Rows.integer(n);
        String entitiesStatement = "ENTITIES " + Dsl.inVideo(videoId);
        statements.add(entitiesStatement);
        StatementResult e = engine.run(entitiesStatement);
        Set<Entity> entities = new LinkedHashSet<>();
        for (Map<String, Object> row : e.rows()) {
            Object track = Rows.get(e, row, "track");
            if (track == null) {
                track = Rows.get(e, row, "trackId");
            }
            entities.add(new Entity(Rows.integer(track), Rows.text(Rows.get(e, row, "category"))));
        }
        String eventsStatement = "EVENTS e = (s)-[*]->(o) " + Dsl.inVideo(videoId)
                + " RETURN e.predicate, e.kind, e.source, e.begin, e.end, s.track, s.category, o.track, o.category, e.texts";
        statements.add(eventsStatement);
        StatementResult r = engine.run(eventsStatement);
        List<Event> events = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            Entity subject = new Entity(Rows.integer(Rows.at(r, row, 5)), Rows.text(Rows.at(r, row, 6)));
            Entity object = new Entity(Rows.integer(Rows.at(r, row, 7)), Rows.text(Rows.at(r, row, 8)));
            events.add(new Event(Rows.text(Rows.at(r, row, 0)), Rows.text(Rows.at(r, row, 1)),
                    Rows.text(Rows.at(r, row, 2)), subject, object, Rows.integer(Rows.at(r, row, 3)),
                    Rows.integer(Rows.at(r, row, 4)), texts(Rows.at(r, row, 9))));
            entities.add(subject);
            entities.add(object);
        }
        events.sort(java.util.Comparator.comparingInt(Event::begin).thenComparing(Event::predicate));
        if (frames == 0) {
            frames = events.stream().mapToInt(Event::end).max().orElse(0);
        }
        return new VideoFacts(videoId, fps, frames, new ArrayList<>(entities), events, statements);
    }

    private static List<String> texts(Object value) {
        if (value instanceof String[] a) {
            return List.of(a);
        }
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of();
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
