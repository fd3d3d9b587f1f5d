package io.cotasks.store;

import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.NodeValueIndexCursor;
import org.neo4j.internal.kernel.api.PropertyIndexQuery;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.StatementConstants;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

import java.util.Map;

/**
 * Cypher's {@code MERGE} through the Core API: nodes are looked up with the locking unique-index seek that
 * {@code MERGE} itself uses (a shared lock on the entry when found, an exclusive one while creating), so two
 * transactions merging the same key serialize and the second finds the first one's node. This reaches into
 * Neo4j's kernel API (5.26); check it on a Neo4j upgrade.
 */
final class CoreMerge {

    /** The unique-constraint indexes of {@link Schema#CONSTRAINTS}, by name. */
    static final String VIDEO_ID = "video_id";
    static final String ENTITY_UID = "entity_uid";
    static final String FRAME_UID = "frame_uid";
    static final String EVENT_UID = "event_uid";

    private final Transaction tx;

    CoreMerge(Transaction tx) {
        this.tx = tx;
    }

    /** The node whose {@code key} equals {@code value} in the unique index {@code index}, or null; locking. */
    Node find(String index, String key, Object value) {
        InternalTransaction itx = (InternalTransaction) tx;
        KernelTransaction ktx = itx.kernelTransaction();
        try (NodeValueIndexCursor cursor = ktx.cursors()
                .allocateNodeValueIndexCursor(ktx.cursorContext(), ktx.memoryTracker())) {
            int token = ktx.tokenRead().propertyKey(key);
            long node = ktx.dataRead().lockingNodeUniqueIndexSeek(ktx.schemaRead().indexGetForName(index),
                    cursor, PropertyIndexQuery.exact(token, value));
            return node == StatementConstants.NO_SUCH_NODE ? null : itx.newNodeEntity(node);
        } catch (KernelException e) {
            throw new CotasksException(index + " " + value + ": cannot look it up: " + e.getMessage());
        }
    }

    /**
     * {@code MERGE (n:Label {uid: p.uid}) SET n += p}: a null value removes the property, as {@code +=} does.
     */
    Node node(Label label, String index, Map<String, Object> properties) {
        Node n = find(index, Schema.UID, properties.get(Schema.UID));
        if (n == null) {
            n = tx.createNode(label);
        }
        for (Map.Entry<String, Object> p : properties.entrySet()) {
            if (p.getValue() != null) {
                n.setProperty(p.getKey(), p.getValue());
            } else {
                n.removeProperty(p.getKey());
            }
        }
        return n;
    }

    /**
     * The first {@code (from)-[:type]->(to)} relationship, or null. It walks the side with fewer such
     * relationships, as Cypher's expand-into does: an entity has thousands of boxes, a frame a handful.
     */
    static Relationship relationship(Node from, RelationshipType type, Node to) {
        boolean fromSide = from.getDegree(type, Direction.OUTGOING) <= to.getDegree(type, Direction.INCOMING);
        Node walked = fromSide ? from : to;
        Node other = fromSide ? to : from;
        try (ResourceIterable<Relationship> rels = walked.getRelationships(
                fromSide ? Direction.OUTGOING : Direction.INCOMING, type)) {
            for (Relationship r : rels) {
                if (r.getOtherNode(walked).equals(other)) {
                    return r;
                }
            }
        }
        return null;
    }
}
