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

    /**
     * {@code x.origins} with {@code $slot} added unless it is there, in ascending order (so the tags do not
     * depend on the order origins wrote in): an origin's tag on a merged element.
     */
    static String tag(String x) {
        return ("CASE WHEN $slot IN coalesce(%1$s.origins, []) THEN %1$s.origins ELSE [i IN range(0, reduce(m = $slot, "
                + "o IN coalesce(%1$s.origins, []) | CASE WHEN o > m THEN o ELSE m END)) "
                + "WHERE i = $slot OR i IN coalesce(%1$s.origins, [])] END").formatted(x);
    }

    /**
     * Merges the video, records its content hash and its origin. Returns the origin's index in
     * {@code v.origins} ({@code slot}), whether the origin had written to the video before ({@code known}) and
     * whether the video has entities or events ({@code populated}).
     */
    static final String VIDEO = """
            MERGE (v:Video {id: $id})
            WITH v, $origin IN coalesce(v.origins, []) AS known
            SET v += $props,
                v.dataset = coalesce(v.dataset, $dataset),
                v.contentHashes = [h IN coalesce(v.contentHashes, []) WHERE NOT h STARTS WITH $prefix]
                                  + CASE WHEN $hash IS NULL THEN [] ELSE [$prefix + $hash] END,
                v.origins = CASE WHEN known THEN v.origins ELSE coalesce(v.origins, []) + $origin END
            RETURN known, [i IN range(0, size(v.origins) - 1) WHERE v.origins[i] = $origin][0] AS slot,
                   EXISTS { (v)-[:HAS_ENTITY]->() } OR EXISTS { (v)-[:HAS_EVENT]->() } AS populated
            """;

    /**
     * An origin withdraws from a video: its content hash goes and its name in {@code v.origins} becomes
     * {@code ''} (indexes stay stable). Returns its former index, or null when it never wrote to the video.
     */
    static final String WITHDRAW_VIDEO = """
            MATCH (v:Video {id: $id})
            WITH v, [i IN range(0, size(coalesce(v.origins, [])) - 1) WHERE v.origins[i] = $origin][0] AS slot
            SET v.contentHashes = [h IN coalesce(v.contentHashes, []) WHERE NOT h STARTS WITH $prefix],
                v.origins = [o IN coalesce(v.origins, []) | CASE WHEN o = $origin THEN '' ELSE o END]
            RETURN slot, EXISTS { (v)-[:HAS_ENTITY]->() } OR EXISTS { (v)-[:HAS_EVENT]->() } AS populated
            """;

    /** Deletes a video nothing describes any more: every origin withdrew and nothing is attached to it. */
    static final String DELETE_EMPTY_VIDEO = """
            MATCH (v:Video {id: $id})
            WHERE all(o IN coalesce(v.origins, []) WHERE o = '') AND NOT EXISTS { (v)--() }
            DELETE v
            """;

    static final String CAPTIONS = """
            MATCH (v:Video {id: $id})
            RETURN v.captions AS captions, v.captionOrigins AS origins
            """;

    static final String SET_CAPTIONS = """
            MATCH (v:Video {id: $id})
            SET v.captions = $captions, v.captionOrigins = $origins
            """;

    static final String POPULATED = """
            MATCH (v:Video {id: $id})
            RETURN EXISTS { (v)-[:HAS_ENTITY]->() } OR EXISTS { (v)-[:HAS_EVENT]->() } AS populated
            """;

    static final String CONTENT_HASHES = "MATCH (v:Video {id: $id}) RETURN v.contentHashes AS hashes";

    static final String QUESTIONS = """
            UNWIND $rows AS r
            MERGE (q:Question {uid: r.props.uid})
            SET q += r.props, q.origins = """ + tag("q") + "\n" + """
            MERGE (v:Video {id: r.props.videoId})
              ON CREATE SET v.dataset = r.videoDataset
            MERGE (q)-[:ABOUT]->(v)
            """;

    static String entities(Mode mode) {
        return mode == Mode.CREATE ? """
                MATCH (v:Video {id: $id})
                UNWIND $rows AS r
                CREATE (v)-[:HAS_ENTITY]->(e:Entity)
                SET e = r, e.origins = [$slot]
                """ : """
                MATCH (v:Video {id: $id})
                UNWIND $rows AS r
                MERGE (e:Entity {uid: r.uid})
                SET e += r, e.origins = %s
                MERGE (v)-[:HAS_ENTITY]->(e)
                """.formatted(tag("e"));
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
                                + "generated: b[7], confidence: b[8], keypoints: b[9], origins: [$slot]}]->(f)"
                : "MERGE (e)-[r:IN_FRAME]->(f) SET r.x1 = b[1], r.y1 = b[2], r.x2 = b[3], r.y2 = b[4], "
                        + "r.frame = b[5], r.time = b[6], r.generated = b[7], r.confidence = b[8], r.keypoints = b[9], "
                        + "r.origins = " + tag("r");
        // a track's entity may come from an earlier write: naming it makes this origin one of its writers
        String entity = mode == Mode.CREATE ? "" : "SET e.origins = " + tag("e") + "\nWITH frames, e, t\n";
        return """
                UNWIND $frames AS fr
                %s
                WITH collect(f) AS frames
                UNWIND $tracks AS t
                MATCH (e:Entity {uid: t.uid})
                %sUNWIND t.boxes AS b
                WITH e, frames[b[0]] AS f, b
                %s
                RETURN count(*) AS written
                """.formatted(frame, entity, box);
    }

    /** Returns how many events found their subject, and how many named an object that is missing. */
    static String events(Mode mode) {
        String body = mode == Mode.CREATE ? """
                CREATE (v)-[:HAS_EVENT]->(ev:Event)-[:SUBJECT]->(s)
                SET ev = r.p, ev.origins = CASE WHEN r.p.source = 'derived' THEN null ELSE [$slot] END
                FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (ev)-[:OBJECT]->(o))
                """ : """
                MERGE (ev:Event {uid: r.uid})
                SET ev += r.p
                MERGE (v)-[:HAS_EVENT]->(ev)
                MERGE (ev)-[:SUBJECT]->(s)
                FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (ev)-[:OBJECT]->(o))
                FOREACH (_ IN CASE WHEN r.p.source = 'derived' THEN [] ELSE [1] END |
                  SET ev.origins = %s, s.origins = %s
                  FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | SET o.origins = %s))
                """.formatted(tag("ev"), tag("s"), tag("o"));
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
