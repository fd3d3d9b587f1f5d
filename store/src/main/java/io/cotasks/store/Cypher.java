package io.cotasks.store;

import io.cotasks.store.model.AllenRelation;

/**
 * The statements {@link GraphWriter} runs. Labels, types and keys come from {@link Schema}; every value is a
 * parameter. Each statement exists in a CREATE form (the video has no graph yet) and a MERGE form.
 */
final class Cypher {

    enum Mode { CREATE, MERGE }

    private Cypher() {
    }

    /** Merges the video, records its content hash and says whether it already has entities or events. */
    static final String VIDEO = """
            MERGE (v:Video {id: $id})
            SET v += $props,
                v.dataset = coalesce(v.dataset, $dataset),
                v.captions = coalesce(v.captions, []) + [c IN $captions WHERE NOT c IN coalesce(v.captions, [])],
                v.contentHashes = [h IN coalesce(v.contentHashes, []) WHERE NOT h STARTS WITH $prefix]
                                  + CASE WHEN $hash IS NULL THEN [] ELSE [$prefix + $hash] END
            RETURN EXISTS { (v)-[:HAS_ENTITY]->() } OR EXISTS { (v)-[:HAS_EVENT]->() } AS populated
            """;

    static final String CONTENT_HASHES = "MATCH (v:Video {id: $id}) RETURN v.contentHashes AS hashes";

    static final String QUESTIONS = """
            UNWIND $rows AS r
            MERGE (q:Question {uid: r.props.uid})
            SET q += r.props
            MERGE (v:Video {id: r.props.videoId})
              ON CREATE SET v.dataset = r.videoDataset
            MERGE (q)-[:ABOUT]->(v)
            """;

    static String entities(Mode mode) {
        return mode == Mode.CREATE ? """
                MATCH (v:Video {id: $id})
                UNWIND $rows AS r
                CREATE (v)-[:HAS_ENTITY]->(e:Entity)
                SET e = r
                """ : """
                MATCH (v:Video {id: $id})
                UNWIND $rows AS r
                MERGE (e:Entity {uid: r.uid})
                SET e += r
                MERGE (v)-[:HAS_ENTITY]->(e)
                """;
    }

    /**
     * Frames, then each track's boxes against the collected frame nodes: no per-box frame lookup. Frames are
     * {@code [uid, index, time]} and boxes {@code [frameIndexInList, x1, y1, x2, y2, frame, time, generated,
     * confidence]} lists: the fastest parameters to unpack.
     */
    static String boxes(Mode mode) {
        String frame = mode == Mode.CREATE
                ? "CREATE (f:Frame {uid: fr[0], videoId: $id, index: fr[1], time: fr[2]})"
                : "MERGE (f:Frame {uid: fr[0]}) ON CREATE SET f.videoId = $id, f.index = fr[1], f.time = fr[2]";
        String box = mode == Mode.CREATE
                ? "CREATE (e)-[:IN_FRAME {x1: b[1], y1: b[2], x2: b[3], y2: b[4], frame: b[5], time: b[6], "
                        + "generated: b[7], confidence: b[8], keypoints: b[9]}]->(f)"
                : "MERGE (e)-[r:IN_FRAME]->(f) SET r.x1 = b[1], r.y1 = b[2], r.x2 = b[3], r.y2 = b[4], "
                        + "r.frame = b[5], r.time = b[6], r.generated = b[7], r.confidence = b[8], r.keypoints = b[9]";
        return """
                UNWIND $frames AS fr
                %s
                WITH collect(f) AS frames
                UNWIND $tracks AS t
                MATCH (e:Entity {uid: t.uid})
                UNWIND t.boxes AS b
                WITH e, frames[b[0]] AS f, b
                %s
                RETURN count(*) AS written
                """.formatted(frame, box);
    }

    /** Returns how many events found their subject, and how many named an object that is missing. */
    static String events(Mode mode) {
        String body = mode == Mode.CREATE ? """
                CREATE (v)-[:HAS_EVENT]->(ev:Event)-[:SUBJECT]->(s)
                SET ev = r.p
                FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (ev)-[:OBJECT]->(o))
                """ : """
                MERGE (ev:Event {uid: r.uid})
                SET ev += r.p
                MERGE (v)-[:HAS_EVENT]->(ev)
                MERGE (ev)-[:SUBJECT]->(s)
                FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (ev)-[:OBJECT]->(o))
                """;
        return """
                MATCH (v:Video {id: $id})
                UNWIND $rows AS r
                MATCH (s:Entity {uid: r.s})
                OPTIONAL MATCH (o:Entity {uid: r.o})
                WITH v, r, s, o
                %s
                RETURN count(*) AS written,
                       sum(CASE WHEN r.o IS NOT NULL AND o IS NULL THEN 1 ELSE 0 END) AS missingObjects
                """.formatted(body);
    }

    /**
     * All Allen relations of a video in one statement: pairs are {@code [fromUid, toUid, TYPE]}. Types cannot
     * be parameters, so each canonical type has its own {@code FOREACH} branch (types come from the enum).
     */
    static String temporal(Mode mode) {
        StringBuilder branches = new StringBuilder();
        for (AllenRelation relation : AllenRelation.values()) {
            if (relation.isCanonical()) {
                branches.append("FOREACH (_ IN CASE WHEN p[2] = '%s' THEN [1] ELSE [] END | %s (a)-[:%s]->(b))\n"
                        .formatted(relation.name(), mode.name(), relation.name()));
            }
        }
        return """
                UNWIND $pairs AS p
                MATCH (a:Event {uid: p[0]})
                MATCH (b:Event {uid: p[1]})
                %sRETURN count(*) AS written
                """.formatted(branches);
    }
}
