package io.cotasks.store;

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
 * The embedded fast path of a first write: creates exactly what the CREATE statements of {@link Cypher}
 * create (same labels, types and properties, from the same {@link GraphRows}) through the Core API, which
 * skips Cypher's per-row overhead. Used only when the video has no entities or events yet; the MERGE path
 * and the Bolt backend always use Cypher. The contract suite checks both paths give identical graphs.
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
    private static final String[] BOX_KEYS = {null, Schema.X1, Schema.Y1, Schema.X2, Schema.Y2, Schema.BOX_FRAME,
        Schema.TIME, Schema.GENERATED, Schema.CONFIDENCE};

    private CoreWriter() {
    }

    /**
     * The {@link Cypher#VIDEO} statement through the Core API (the same properties and values): merges the
     * video, records its content hash and says whether it already has entities or events. The lookup is
     * the locking unique-index seek Cypher's {@code MERGE} uses, so two transactions writing the same new
     * video serialize on the {@code video_id} entry and the second one finds the first one's node.
     */
    static boolean video(Transaction tx, String id, String dataset, Map<String, Object> props,
                         List<String> captions, String prefix, String hash) {
        Node v = lockingFind(tx, id);
        if (v == null) {
            v = tx.createNode(VIDEO);
            v.setProperty(Schema.ID, id);
        }
        for (Map.Entry<String, Object> e : props.entrySet()) {
            if (e.getValue() != null) {
                v.setProperty(e.getKey(), e.getValue());
            }
        }
        if (!v.hasProperty(Schema.DATASET) && dataset != null) {
            v.setProperty(Schema.DATASET, dataset);
        }
        List<String> caps = new ArrayList<>(List.of((String[]) v.getProperty(Schema.CAPTIONS, new String[0])));
        List<String> old = List.copyOf(caps);
        for (String c : captions) {
            if (!old.contains(c)) {
                caps.add(c);
            }
        }
        v.setProperty(Schema.CAPTIONS, caps.toArray(new String[0]));
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
        return v.hasRelationship(org.neo4j.graphdb.Direction.OUTGOING, HAS_ENTITY, HAS_EVENT);
    }

    private static Node lockingFind(Transaction tx, String id) {
        org.neo4j.kernel.api.KernelTransaction ktx =
                ((org.neo4j.kernel.impl.coreapi.InternalTransaction) tx).kernelTransaction();
        try (org.neo4j.internal.kernel.api.NodeValueIndexCursor cursor = ktx.cursors()
                .allocateNodeValueIndexCursor(ktx.cursorContext(), ktx.memoryTracker())) {
            int key = ktx.tokenRead().propertyKey(Schema.ID);
            long node = ktx.dataRead().lockingNodeUniqueIndexSeek(ktx.schemaRead().indexGetForName("video_id"),
                    cursor, org.neo4j.internal.kernel.api.PropertyIndexQuery.exact(key, id));
            return node == org.neo4j.kernel.api.StatementConstants.NO_SUCH_NODE ? null : tx.getNodeById(node);
        } catch (org.neo4j.exceptions.KernelException e) {
            throw new CotasksException("video " + id + ": cannot look the video up: " + e.getMessage());
        }
    }

    /** Creates the entities, frames, boxes, events and Allen relations of a video whose node exists. */
    static void create(Transaction tx, String videoId, GraphRows rows) {
        Node video = tx.findNode(VIDEO, Schema.ID, videoId);
        Map<String, Node> entities = new HashMap<>();
        for (Map<String, Object> row : rows.entities()) {
            Node e = node(tx, ENTITY, row);
            video.createRelationshipTo(e, HAS_ENTITY);
            entities.put((String) row.get(Schema.UID), e);
        }
        boxes(tx, videoId, rows, entities);
        Map<String, Node> events = events(tx, videoId, rows, video, entities);
        long unknown = 0;
        for (List<String> pair : rows.temporal()) {
            Node a = find(tx, EVENT, events, pair.get(0));
            Node b = find(tx, EVENT, events, pair.get(1));
            if (a == null || b == null) {
                unknown++;
            } else {
                a.createRelationshipTo(b, RelationshipType.withName(pair.get(2)));
            }
        }
        if (unknown > 0) {
            throw GraphWriter.unknownEvents(videoId, unknown);
        }
    }

    private static void boxes(Transaction tx, String videoId, GraphRows rows, Map<String, Node> entities) {
        List<Node> frames = new ArrayList<>(rows.frames().size());
        for (List<Object> f : rows.frames()) {
            Node frame = tx.createNode(FRAME);
            frame.setProperty(Schema.UID, f.get(0));
            frame.setProperty(Schema.VIDEO_ID, videoId);
            frame.setProperty(Schema.INDEX, f.get(1));
            frame.setProperty(Schema.TIME, f.get(2));
            frames.add(frame);
        }
        long orphans = 0;
        for (Map<String, Object> track : rows.tracks()) {
            Node e = find(tx, ENTITY, entities, (String) track.get("uid"));
            List<?> boxes = (List<?>) track.get("boxes");
            if (e == null) {
                orphans += boxes.size();
                continue;
            }
            for (Object item : boxes) {
                List<?> b = (List<?>) item;
                Relationship r = e.createRelationshipTo(frames.get(((Long) b.get(0)).intValue()), IN_FRAME);
                for (int i = 1; i < BOX_KEYS.length; i++) {
                    r.setProperty(BOX_KEYS[i], b.get(i));
                }
            }
        }
        if (orphans > 0) {
            throw GraphWriter.missingTrackOfBoxes(videoId, orphans);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Node> events(Transaction tx, String videoId, GraphRows rows, Node video,
                                            Map<String, Node> entities) {
        Map<String, Node> events = new HashMap<>();
        long missing = 0;
        for (Map<String, Object> row : rows.events()) {
            Node subject = find(tx, ENTITY, entities, (String) row.get("s"));
            String objectUid = (String) row.get("o");
            Node object = objectUid == null ? null : find(tx, ENTITY, entities, objectUid);
            if (subject == null || (objectUid != null && object == null)) {
                missing++;
                continue;
            }
            Node ev = node(tx, EVENT, (Map<String, Object>) row.get("p"));
            video.createRelationshipTo(ev, HAS_EVENT);
            ev.createRelationshipTo(subject, SUBJECT);
            if (object != null) {
                ev.createRelationshipTo(object, OBJECT);
            }
            events.put((String) row.get("uid"), ev);
        }
        if (missing > 0) {
            throw GraphWriter.missingTrackOfEvents(videoId, missing);
        }
        return events;
    }

    private static Node node(Transaction tx, Label label, Map<String, Object> properties) {
        Node n = tx.createNode(label);
        properties.forEach((k, v) -> {
            if (v != null) {
                n.setProperty(k, v);
            }
        });
        return n;
    }

    /** A node written in this call, else one already in the graph (derived events point at older ones). */
    private static Node find(Transaction tx, Label label, Map<String, Node> written, String uid) {
        Node n = written.get(uid);
        return n != null ? n : tx.findNode(label, Schema.UID, uid);
    }
}
