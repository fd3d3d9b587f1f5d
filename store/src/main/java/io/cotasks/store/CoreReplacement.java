package io.cotasks.store;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link Replacement}'s statements that run on every re-derivation (a video two origins describe, such as a
 * VidOR video with VidSTG records), through the Core API on the embedded database: the same elements
 * deleted and read as its Cypher, without planning those statements in every new database. Re-derivation
 * was an eighth of the scaled ingest's CPU, a third of it the Cypher reading back what remains.
 */
final class CoreReplacement {

    private static final Label VIDEO = Label.label(Schema.VIDEO);
    private static final RelationshipType HAS_ENTITY = RelationshipType.withName(Schema.HAS_ENTITY);
    private static final RelationshipType HAS_EVENT = RelationshipType.withName(Schema.HAS_EVENT);
    private static final RelationshipType IN_FRAME = RelationshipType.withName(Schema.IN_FRAME);
    private static final RelationshipType[] ALLEN = Schema.ALLEN_TYPES.stream()
            .map(RelationshipType::withName).toArray(RelationshipType[]::new);
    private static final String DERIVED = Source.DERIVED.key();

    private CoreReplacement() {
    }

    /** As {@code Replacement.DROP_DERIVED}: the Allen relations out of the video's events, then its derived events. */
    static void dropDerived(Transaction tx, String videoId) {
        Node v = tx.findNode(VIDEO, Schema.ID, videoId);
        if (v == null) {
            return;
        }
        List<Node> derived = new ArrayList<>();
        for (Node ev : related(v, HAS_EVENT)) {
            List<Relationship> allen = new ArrayList<>();
            try (ResourceIterable<Relationship> rels = ev.getRelationships(Direction.OUTGOING, ALLEN)) {
                rels.forEach(allen::add);
            }
            allen.forEach(Relationship::delete);
            if (DERIVED.equals(ev.getProperty(Schema.SOURCE, null))) {
                derived.add(ev);
            }
        }
        for (Node ev : derived) {
            List<Relationship> rels = new ArrayList<>();
            try (ResourceIterable<Relationship> all = ev.getRelationships()) {
                all.forEach(rels::add);
            }
            rels.forEach(Relationship::delete);
            ev.delete();
        }
    }

    /** As {@code Cypher.POPULATED}: the video has an entity or an event. */
    static boolean populated(Transaction tx, String videoId) {
        Node v = tx.findNode(VIDEO, Schema.ID, videoId);
        return v != null && v.hasRelationship(Direction.OUTGOING, HAS_ENTITY, HAS_EVENT);
    }

    /** As {@link Replacement#remaining}: everything the video holds that is not derived. */
    static VideoGraph remaining(Transaction tx, String videoId, String origin) {
        Node v = tx.findNode(VIDEO, Schema.ID, videoId);
        Video video = new Video(videoId, String.valueOf(v.getProperty(Schema.DATASET, null)), number(v, Schema.FPS),
                (int) number(v, Schema.FRAME_COUNT), (int) number(v, Schema.WIDTH), (int) number(v, Schema.HEIGHT));
        List<Entity> entities = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (Node e : related(v, HAS_ENTITY)) {
            int track = (int) number(e, Schema.TRACK_ID);
            entities.add(new Entity(videoId, track, (String) e.getProperty(Schema.CATEGORY, null),
                    Source.fromKey((String) e.getProperty(Schema.SOURCE, null)), number(e, Schema.CONFIDENCE)));
            try (ResourceIterable<Relationship> rels = e.getRelationships(Direction.OUTGOING, IN_FRAME)) {
                for (Relationship b : rels) {
                    boxes.add(new Box(track, (int) number(b, Schema.BOX_FRAME), number(b, Schema.X1),
                            number(b, Schema.Y1), number(b, Schema.X2), number(b, Schema.Y2),
                            Boolean.TRUE.equals(b.getProperty(Schema.GENERATED, null)), number(b, Schema.CONFIDENCE)));
                }
            }
        }
        entities.sort(Comparator.comparingInt(Entity::trackId));
        boxes.sort(Comparator.comparingInt(Box::frame).thenComparingInt(Box::trackId));
        List<Event> events = new ArrayList<>();
        for (Node ev : related(v, HAS_EVENT)) {
            Object source = ev.getProperty(Schema.SOURCE, null);
            if (source == null || DERIVED.equals(source)) {
                continue; // Cypher's ev.source <> 'derived' drops a null source too
            }
            Object object = ev.getProperty(Schema.OBJECT_TID, null);
            events.add(new Event(videoId, (String) ev.getProperty(Schema.PREDICATE, null),
                    PredicateKind.fromKey((String) ev.getProperty(Schema.KIND, null)), (int) number(ev, Schema.SUBJECT_TID),
                    object == null ? null : ((Number) object).intValue(), (int) number(ev, Schema.BEGIN),
                    (int) number(ev, Schema.END), Source.fromKey((String) source), number(ev, Schema.CONFIDENCE),
                    (String) ev.getProperty(Schema.LABEL, null)));
        }
        events.sort(Comparator.comparing(Event::uid));
        return new VideoGraph(video, origin, null, entities, boxes, events, List.of(), List.of());
    }

    private static List<Node> related(Node v, RelationshipType type) {
        List<Node> out = new ArrayList<>();
        try (ResourceIterable<Relationship> rels = v.getRelationships(Direction.OUTGOING, type)) {
            for (Relationship r : rels) {
                out.add(r.getEndNode());
            }
        }
        return out;
    }

    private static double number(org.neo4j.graphdb.Entity element, String key) {
        Object value = element.getProperty(key, null);
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
