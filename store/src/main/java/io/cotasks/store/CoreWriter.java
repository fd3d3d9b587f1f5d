package io.cotasks.store;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded write path: does exactly what the statements of {@link Cypher} do (same labels, types and
 * properties, from the same {@link GraphRows}, in both {@link Cypher.Mode}s) through the Core API, which skips
 * Cypher's planning and per-row overhead. The Bolt backend always uses Cypher; a contract test checks both
 * paths give identical graphs, for a first write and for a merge.
 */
final class CoreWriter {

    private static final Label ENTITY = Label.label(Schema.ENTITY);
    private static final Label FRAME = Label.label(Schema.FRAME);
    private static final Label EVENT = Label.label(Schema.EVENT);
    private static final Label VIDEO = Label.label(Schema.VIDEO);
    private static final RelationshipType HAS_ENTITY = RelationshipType.withName(Schema.HAS_ENTITY);
    private static final RelationshipType HAS_EVENT = RelationshipType.withName(Schema.HAS_EVENT);
    private static final RelationshipType IN_FRAME = RelationshipType.withName(Schema.IN_FRAME);
    private static final RelationshipType SUBJECT = RelationshipType.withName(Schema.SUBJECT);
    private static final RelationshipType OBJECT = RelationshipType.withName(Schema.OBJECT);
    private static final long[] NO_ORIGINS = new long[0];
    private static final String DERIVED = io.cotasks.store.model.Source.DERIVED.key();
    private static final String[] BOX_KEYS = {null, Schema.X1, Schema.Y1, Schema.X2, Schema.Y2, Schema.BOX_FRAME,
        Schema.TIME, Schema.GENERATED, Schema.CONFIDENCE, Schema.KEYPOINTS};

    private final Transaction tx;
    private final Cypher.Mode mode;
    private final CoreMerge merge;
    private final long slot;

    private CoreWriter(Transaction tx, Cypher.Mode mode, long slot) {
        this.tx = tx;
        this.mode = mode;
        this.merge = new CoreMerge(tx);
        this.slot = slot;
    }

    /**
     * The {@link Cypher#VIDEO} statement through the Core API (the same properties and values): merges the
     * video, records its content hash and origin. The lookup is the locking unique-index seek Cypher's
     * {@code MERGE} uses, so two transactions writing the same new video serialize on the {@code video_id}
     * entry and the second one finds the first one's node; setting its properties then write-locks it, so
     * writers of one existing video take turns.
     */
    static VideoState video(Transaction tx, String id, String dataset, Map<String, Object> props,
                            List<String> captions, String origin, String hash) {
        Node v = new CoreMerge(tx).find(CoreMerge.VIDEO_ID, Schema.ID, id);
        if (v == null) {
            v = tx.createNode(VIDEO);
            v.setProperty(Schema.ID, id);
        } else {
            tx.acquireWriteLock(v);
        }
        for (Map.Entry<String, Object> e : props.entrySet()) {
            if (e.getValue() != null) {
                v.setProperty(e.getKey(), e.getValue());
            }
        }
        if (!v.hasProperty(Schema.DATASET) && dataset != null) {
            v.setProperty(Schema.DATASET, dataset);
        }
        String prefix = origin + "=";
        List<String> hashes = new ArrayList<>();
        for (String h : (String[]) v.getProperty(Schema.CONTENT_HASHES, new String[0])) {
            if (!h.startsWith(prefix)) {
                hashes.add(h);
            }
        }
        if (hash != null) {
            hashes.add(prefix + hash);
        }
        v.setProperty(Schema.CONTENT_HASHES, hashes.toArray(new String[0]));
        List<String> origins = new ArrayList<>(List.of((String[]) v.getProperty(Schema.ORIGINS, new String[0])));
        int slot = origins.indexOf(origin);
        boolean known = slot >= 0;
        if (!known) {
            slot = origins.size();
            origins.add(origin);
            v.setProperty(Schema.ORIGINS, origins.toArray(new String[0]));
        }
        Captions caps = Captions.of(List.of((String[]) v.getProperty(Schema.CAPTIONS, new String[0])),
                List.of((String[]) v.getProperty(Schema.CAPTION_ORIGINS, new String[0]))).replace(slot, captions);
        v.setProperty(Schema.CAPTIONS, caps.captions().toArray(new String[0]));
        if (caps.captions().isEmpty()) {
            v.removeProperty(Schema.CAPTION_ORIGINS);
        } else {
            v.setProperty(Schema.CAPTION_ORIGINS, caps.origins().toArray(new String[0]));
        }
        return new VideoState(slot, known, v.hasRelationship(Direction.OUTGOING, HAS_ENTITY, HAS_EVENT), v);
    }

    /**
     * Writes a video's rows as {@link GraphWriter} does with Cypher: its entities, frames, boxes, events and
     * Allen relations, created ({@code CREATE}: the video has no entities or events) or merged on their
     * natural keys ({@code MERGE}), each element the origin writes tagged with its {@code slot}.
     */
    static void write(Transaction tx, VideoState video, String videoId, GraphRows rows, Cypher.Mode mode) {
        new CoreWriter(tx, mode, video.slot()).write((Node) video.handle(), videoId, rows);
    }

    private void write(Node video, String videoId, GraphRows rows) {
        Map<String, Node> entities = new HashMap<>();
        for (Map<String, Object> row : rows.entities()) {
            Node e = node(ENTITY, CoreMerge.ENTITY_UID, row);
            tag(e);
            relate(video, HAS_ENTITY, e);
            entities.put((String) row.get(Schema.UID), e);
        }
        boxes(videoId, rows, entities);
        Map<String, Node> events = events(videoId, rows, video, entities);
        long unknown = 0;
        for (List<String> pair : rows.temporal()) {
            Node a = find(EVENT, events, pair.get(0));
            Node b = find(EVENT, events, pair.get(1));
            if (a == null || b == null) {
                unknown++;
            } else {
                relate(a, RelationshipType.withName(pair.get(2)), b);
            }
        }
        if (unknown > 0) {
            throw GraphWriter.unknownEvents(videoId, unknown);
        }
    }

    private void boxes(String videoId, GraphRows rows, Map<String, Node> entities) {
        List<Node> frames = new ArrayList<>(rows.frames().size());
        for (List<Object> f : rows.frames()) {
            Node frame = mode == Cypher.Mode.MERGE ? merge.find(CoreMerge.FRAME_UID, Schema.UID, f.get(0)) : null;
            if (frame == null) {
                frame = tx.createNode(FRAME);
                frame.setProperty(Schema.UID, f.get(0));
                frame.setProperty(Schema.VIDEO_ID, videoId);
                frame.setProperty(Schema.INDEX, f.get(1));
                frame.setProperty(Schema.TIME, f.get(2));
            }
            frames.add(frame);
        }
        long orphans = 0;
        for (Map<String, Object> track : rows.tracks()) {
            Node e = find(ENTITY, entities, (String) track.get("uid"));
            List<?> boxes = (List<?>) track.get("boxes");
            if (e == null) {
                orphans += boxes.size();
                continue;
            }
            if (mode == Cypher.Mode.MERGE) {
                tag(e);
            }
            for (Object item : boxes) {
                List<?> b = (List<?>) item;
                Relationship r = relate(e, IN_FRAME, frames.get(((Long) b.get(0)).intValue()));
                for (int i = 1; i < BOX_KEYS.length; i++) {
                    if (b.get(i) != null) {
                        r.setProperty(BOX_KEYS[i], b.get(i));
                    } else if (mode == Cypher.Mode.MERGE) {
                        r.removeProperty(BOX_KEYS[i]); // as Cypher's SET r.k = null (a created box has nothing to remove)
                    }
                }
                tag(r);
            }
        }
        if (orphans > 0) {
            throw GraphWriter.missingTrackOfBoxes(videoId, orphans);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Node> events(String videoId, GraphRows rows, Node video, Map<String, Node> entities) {
        Map<String, Node> events = new HashMap<>();
        long missing = 0;
        for (Map<String, Object> row : rows.events()) {
            Node subject = find(ENTITY, entities, (String) row.get("s"));
            String objectUid = (String) row.get("o");
            Node object = objectUid == null ? null : find(ENTITY, entities, objectUid);
            if (subject == null || (objectUid != null && object == null)) {
                missing++;
                continue;
            }
            Map<String, Object> p = (Map<String, Object>) row.get("p");
            Node ev = node(EVENT, CoreMerge.EVENT_UID, p);
            relate(video, HAS_EVENT, ev);
            relate(ev, SUBJECT, subject);
            if (object != null) {
                relate(ev, OBJECT, object);
            }
            if (!DERIVED.equals(p.get(Schema.SOURCE))) {
                tag(ev);
                if (mode == Cypher.Mode.MERGE) {
                    tag(subject);
                    if (object != null) {
                        tag(object);
                    }
                }
            }
            events.put((String) row.get("uid"), ev);
        }
        if (missing > 0) {
            throw GraphWriter.missingTrackOfEvents(videoId, missing);
        }
        return events;
    }

    /**
     * Adds this writer's origin slot to {@code origins} ({@code [$slot]} on a created element, inserted in
     * ascending order when missing on a merged one), as the {@link Cypher} statements do.
     */
    private void tag(org.neo4j.graphdb.Entity element) {
        if (mode == Cypher.Mode.CREATE) {
            element.setProperty(Schema.ORIGINS, new long[] {slot});
            return;
        }
        long[] origins = (long[]) element.getProperty(Schema.ORIGINS, NO_ORIGINS);
        for (long o : origins) {
            if (o == slot) {
                return;
            }
        }
        long[] tagged = java.util.Arrays.copyOf(origins, origins.length + 1);
        tagged[origins.length] = slot;
        java.util.Arrays.sort(tagged);
        element.setProperty(Schema.ORIGINS, tagged);
    }

    /** {@code CREATE (n:Label) SET n = properties} or {@code MERGE (n:Label {uid: ...}) SET n += properties}. */
    private Node node(Label label, String uniqueIndex, Map<String, Object> properties) {
        if (mode == Cypher.Mode.MERGE) {
            return merge.node(label, uniqueIndex, properties);
        }
        Node n = tx.createNode(label);
        properties.forEach((k, v) -> {
            if (v != null) {
                n.setProperty(k, v);
            }
        });
        return n;
    }

    private Relationship relate(Node from, RelationshipType type, Node to) {
        Relationship existing = mode == Cypher.Mode.MERGE ? CoreMerge.relationship(from, type, to) : null;
        return existing != null ? existing : from.createRelationshipTo(to, type);
    }

    /**
     * A node written in this call, else one already in the graph (derived events point at older ones), kept
     * in {@code written} so each is looked up once.
     */
    private Node find(Label label, Map<String, Node> written, String uid) {
        Node n = written.get(uid);
        if (n == null) {
            n = tx.findNode(label, Schema.UID, uid);
            if (n != null) {
                written.put(uid, n);
            }
        }
        return n;
    }
}
