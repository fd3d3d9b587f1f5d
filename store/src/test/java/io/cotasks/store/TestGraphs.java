package io.cotasks.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Real scene graphs for tests: the VidOR annotation of video 11566930393 shipped in this test-jar
 * ({@code /vidor/11566930393.json}, see {@code PROVENANCE.md}), read with Jackson. A minimal reader for
 * store tests, not the ingest adapter: every relation instance becomes an annotated event and every pair of
 * events gets its canonical Allen relation.
 */
public final class TestGraphs {

    /** The video id of {@link #vidor()}. */
    public static final String VIDOR_ID = "11566930393";

    private static final Set<String> SPATIAL = Set.of("above", "beneath", "next_to", "inside", "in_front_of",
            "behind", "toward", "towards", "away");
    private static final Set<String> ATTENTION = Set.of("watch", "point_to");
    private static final Set<String> CONTACT = Set.of("hold", "touch", "lean_on", "ride", "carry", "hug",
            "caress", "pat", "squeeze", "hold_hand_of", "press", "lick", "bite", "kiss");

    private TestGraphs() {
    }

    /** The real VidOR graph: 1 video, 3 entities, 2,249 boxes on 872 frames, 15 events, 105 Allen relations. */
    public static VideoGraph vidor() {
        try (InputStream in = TestGraphs.class.getResourceAsStream("/vidor/" + VIDOR_ID + ".json")) {
            return vidor(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same graph under another video id (for many-video tests and throughput runs). */
    public static VideoGraph vidorAs(String videoId) {
        VideoGraph g = vidor();
        Video v = g.video();
        Video video = new Video(videoId, v.dataset(), v.fps(), v.frameCount(), v.width(), v.height());
        List<Entity> entities = g.entities().stream()
                .map(e -> new Entity(videoId, e.trackId(), e.category(), e.source(), e.confidence())).toList();
        List<Event> events = g.events().stream().map(e -> new Event(videoId, e.predicate(), e.kind(),
                e.subjectTid(), e.objectTid(), e.begin(), e.end(), e.source(), e.confidence(), e.label())).toList();
        return new VideoGraph(video, g.origin(), g.contentHash(), entities, g.boxes(), events, allen(events),
                g.captions());
    }

    private static VideoGraph vidor(JsonNode root) {
        String id = root.get("video_id").asText();
        Video video = new Video(id, "vidor", root.get("fps").asDouble(), root.get("frame_count").asInt(),
                root.get("width").asInt(), root.get("height").asInt());
        List<Entity> entities = new ArrayList<>();
        for (JsonNode o : root.get("subject/objects")) {
            entities.add(Entity.annotated(id, o.get("tid").asInt(), o.get("category").asText()));
        }
        List<Box> boxes = new ArrayList<>();
        JsonNode frames = root.get("trajectories");
        for (int f = 0; f < frames.size(); f++) {
            for (JsonNode b : frames.get(f)) {
                JsonNode bb = b.get("bbox");
                boxes.add(new Box(b.get("tid").asInt(), f, bb.get("xmin").asDouble(), bb.get("ymin").asDouble(),
                        bb.get("xmax").asDouble(), bb.get("ymax").asDouble(), b.get("generated").asInt() == 1, 1.0));
            }
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode r : root.get("relation_instances")) {
            String predicate = r.get("predicate").asText();
            events.add(Event.annotated(id, predicate, kind(predicate), r.get("subject_tid").asInt(),
                    r.get("object_tid").asInt(), r.get("begin_fid").asInt(), r.get("end_fid").asInt()));
        }
        return new VideoGraph(video, "vidor", "sha-test-" + root.get("frame_count").asInt(), entities, boxes,
                events, allen(events), List.of());
    }

    /** Every pair of events with its canonical Allen relation. */
    public static List<TemporalRelation> allen(List<Event> events) {
        List<TemporalRelation> relations = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                relations.add(TemporalRelation.between(events.get(i), events.get(j)));
            }
        }
        return relations;
    }

    private static PredicateKind kind(String predicate) {
        if (SPATIAL.contains(predicate)) {
            return PredicateKind.SPATIAL;
        }
        if (ATTENTION.contains(predicate)) {
            return PredicateKind.ATTENTION;
        }
        return CONTACT.contains(predicate) ? PredicateKind.CONTACT : PredicateKind.ACTION;
    }
}
