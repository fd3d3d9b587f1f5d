package io.cotasks.store;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@link Cypher#QUESTIONS} statement through the Core API, with the same labels, properties and values:
 * each question merged on its uid ({@code SET q += props}: a null removes the property) and tagged with the
 * writing origin's slot, its video merged on its id, and {@code (q)-[:ABOUT]->(v)} merged. Planning and
 * running that statement once per NExT-QA video was most of the questions' write time.
 */
final class CoreQuestions {

    private static final Label QUESTION = Label.label(Schema.QUESTION);
    private static final Label VIDEO = Label.label(Schema.VIDEO);
    private static final RelationshipType ABOUT = RelationshipType.withName(Schema.ABOUT);
    private static final String QUESTION_UID = "question_uid";

    private CoreQuestions() {
    }

    /** Writes the rows of {@code GraphWriter.writeQuestions} ({@code props} and {@code videoDataset} each). */
    @SuppressWarnings("unchecked")
    static void write(Transaction tx, List<Map<String, Object>> rows, long slot) {
        CoreMerge merge = new CoreMerge(tx);
        for (Map<String, Object> row : rows) {
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            Node q = merge.find(QUESTION_UID, Schema.UID, props.get(Schema.UID));
            boolean created = q == null;
            if (created) {
                q = tx.createNode(QUESTION);
            }
            for (Map.Entry<String, Object> p : props.entrySet()) {
                if (p.getValue() != null) {
                    q.setProperty(p.getKey(), storable(p.getValue()));
                } else if (!created) {
                    q.removeProperty(p.getKey());
                }
            }
            q.setProperty(Schema.ORIGINS, tagged(created ? null : (long[]) q.getProperty(Schema.ORIGINS, null), slot));
            String videoId = (String) props.get(Schema.VIDEO_ID);
            Node v = merge.find(CoreMerge.VIDEO_ID, Schema.ID, videoId);
            boolean newVideo = v == null;
            if (newVideo) {
                v = tx.createNode(VIDEO);
                v.setProperty(Schema.ID, videoId);
                Object dataset = row.get("videoDataset");
                if (dataset != null) {
                    v.setProperty(Schema.DATASET, dataset);
                }
            }
            if (created || newVideo || CoreMerge.relationship(q, ABOUT, v) == null) {
                q.createRelationshipTo(v, ABOUT);
            }
        }
    }

    /** {@code origins} with {@code slot} added in ascending order unless it is there (as {@link Cypher#tag}). */
    static long[] tagged(long[] origins, long slot) {
        if (origins == null) {
            return new long[] {slot};
        }
        for (long o : origins) {
            if (o == slot) {
                return origins;
            }
        }
        long[] out = Arrays.copyOf(origins, origins.length + 1);
        out[origins.length] = slot;
        Arrays.sort(out);
        return out;
    }

    /** A Cypher parameter value as the Core API stores it: lists become arrays, as Cypher stores them. */
    private static Object storable(Object value) {
        if (!(value instanceof List<?> list)) {
            return value;
        }
        if (!list.isEmpty() && list.get(0) instanceof Number) {
            return list.stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray();
        }
        return list.stream().map(String::valueOf).toArray(String[]::new);
    }
}
