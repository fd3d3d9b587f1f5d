package io.cotasks.store;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The part of a unit's write that replaces what its origin wrote before, in the unit's transaction, with the
 * same Cypher on both backends (on the embedded one, the statements every re-derivation runs go through
 * {@link CoreReplacement} instead; it runs only when a video already holds something, never on a first
 * ingest): removing the origin from what it wrote (deleting what no other origin wrote), dropping the
 * video's derived elements, and reading back what remains so they can be derived again.
 */
final class Replacement {

    private static final String ALLEN = String.join("|", Schema.ALLEN_TYPES);
    private static final String DERIVED = Source.DERIVED.key();

    /** The video's derived events and all Allen relations between its events. */
    private static final List<String> DROP_DERIVED = List.of(
            "MATCH (:Video {id: $id})-[:HAS_EVENT]->(:Event)-[r:" + ALLEN + "]->() DELETE r",
            "MATCH (:Video {id: $id})-[:HAS_EVENT]->(ev:Event {source: '" + DERIVED + "'}) DETACH DELETE ev");

    /**
     * Takes the origin ({@code $slot}) off what it wrote in the video, deleting what is left with no origin:
     * boxes, events (with their relationships), entities (with theirs), then frames left without a box.
     */
    private static final List<String> WITHDRAW_GRAPH = List.of(
            untag("(:Video {id: $id})-[:HAS_ENTITY]->(:Entity)-[n:IN_FRAME]->()", "DELETE n"),
            untag("(:Video {id: $id})-[:HAS_EVENT]->(n:Event)", "DETACH DELETE n"),
            untag("(:Video {id: $id})-[:HAS_ENTITY]->(n:Entity)", "DETACH DELETE n"),
            "MATCH (f:Frame {videoId: $id}) WHERE NOT EXISTS { (f)<-[:IN_FRAME]-() } DELETE f");

    /** The origin's questions about the video but those in {@code $keep} (rewritten right after, as merges). */
    private static final String WITHDRAW_QUESTIONS = untag("(n:Question {videoId: $id}) WHERE NOT n.uid IN $keep",
            "DETACH DELETE n");

    private Replacement() {
    }

    private static String untag(String pattern, String delete) {
        return untag(pattern, delete, "");
    }

    private static String untag(String pattern, String delete, String limit) {
        return """
                MATCH %s
                WITH n WHERE $slot IN n.origins%s
                WITH n, [x IN n.origins WHERE x <> $slot] AS rest
                FOREACH (_ IN CASE WHEN rest = [] THEN [1] ELSE [] END | %s)
                FOREACH (_ IN CASE WHEN rest = [] THEN [] ELSE [1] END | SET n.origins = rest)
                """.formatted(pattern, limit, delete);
    }

    /**
     * {@link #withdrawGraph}'s statements for one of several transactions each ({@link StagedWrite}): each
     * handles at most {@code $limit} elements and returns how many as {@code n}; run each until it returns 0.
     */
    static List<String> withdrawGraphInChunks() {
        String limit = " WITH n LIMIT $limit";
        String count = "RETURN count(*) AS n\n";
        return List.of(
                untag("(:Video {id: $id})-[:HAS_ENTITY]->(:Entity)-[n:IN_FRAME]->()", "DELETE n", limit) + count,
                untag("(:Video {id: $id})-[:HAS_EVENT]->(n:Event)", "DETACH DELETE n", limit) + count,
                untag("(:Video {id: $id})-[:HAS_ENTITY]->(n:Entity)", "DETACH DELETE n", limit) + count,
                "MATCH (f:Frame {videoId: $id}) WHERE NOT EXISTS { (f)<-[:IN_FRAME]-() } WITH f LIMIT $limit "
                        + "DELETE f RETURN count(*) AS n");
    }

    static void dropDerived(CypherTx tx, String videoId) {
        if (tx.core().isPresent()) {
            CoreReplacement.dropDerived(tx.core().get(), videoId);
            return;
        }
        DROP_DERIVED.forEach(s -> tx.run(s, Map.of("id", videoId)));
    }

    static void withdrawGraph(CypherTx tx, String videoId, long slot) {
        WITHDRAW_GRAPH.forEach(s -> tx.run(s, Map.of("id", videoId, "slot", slot)));
    }

    static void withdrawQuestions(CypherTx tx, String videoId, long slot, List<String> keep) {
        tx.run(WITHDRAW_QUESTIONS, Map.of("id", videoId, "slot", slot, "keep", keep));
    }

    static boolean populated(CypherTx tx, String videoId) {
        if (tx.core().isPresent()) {
            return CoreReplacement.populated(tx.core().get(), videoId);
        }
        List<Map<String, Object>> rows = tx.run(Cypher.POPULATED, Map.of("id", videoId)).rows();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0).get("populated"));
    }

    /**
     * Everything the video holds that is not derived, as a graph for a {@link Derivation}: the video, its
     * entities by track id, their boxes by frame, its events by uid; no temporal relations.
     */
    static VideoGraph remaining(CypherTx tx, String videoId, String origin) {
        if (tx.core().isPresent()) {
            return CoreReplacement.remaining(tx.core().get(), videoId, origin);
        }
        Map<String, Object> id = Map.of("id", videoId);
        Map<String, Object> v = tx.run("MATCH (v:Video {id: $id}) RETURN v.dataset AS dataset, v.fps AS fps, "
                + "v.frameCount AS frameCount, v.width AS width, v.height AS height", id).rows().get(0);
        Video video = new Video(videoId, String.valueOf(v.get("dataset")), number(v.get("fps")),
                (int) number(v.get("frameCount")), (int) number(v.get("width")), (int) number(v.get("height")));
        List<Entity> entities = new ArrayList<>();
        for (Map<String, Object> r : tx.run("MATCH (:Video {id: $id})-[:HAS_ENTITY]->(e:Entity) RETURN e.trackId AS t, "
                + "e.category AS c, e.source AS s, e.confidence AS p ORDER BY t", id).rows()) {
            entities.add(new Entity(videoId, (int) number(r.get("t")), (String) r.get("c"),
                    Source.fromKey((String) r.get("s")), number(r.get("p"))));
        }
        List<Box> boxes = new ArrayList<>();
        for (Map<String, Object> r : tx.run("MATCH (:Video {id: $id})-[:HAS_ENTITY]->(e:Entity)-[b:IN_FRAME]->() "
                + "RETURN e.trackId AS t, b.frame AS f, b.x1 AS x1, b.y1 AS y1, b.x2 AS x2, b.y2 AS y2, "
                + "b.generated AS g, b.confidence AS p", id).rows()) {
            boxes.add(new Box((int) number(r.get("t")), (int) number(r.get("f")), number(r.get("x1")),
                    number(r.get("y1")), number(r.get("x2")), number(r.get("y2")), Boolean.TRUE.equals(r.get("g")),
                    number(r.get("p"))));
        }
        boxes.sort(Comparator.comparingInt(Box::frame).thenComparingInt(Box::trackId));
        List<Event> events = new ArrayList<>();
        for (Map<String, Object> r : tx.run("MATCH (:Video {id: $id})-[:HAS_EVENT]->(ev:Event) WHERE ev.source <> '"
                + DERIVED + "' RETURN ev.predicate AS predicate, ev.kind AS kind, ev.subjectTid AS s, "
                + "ev.objectTid AS o, ev.begin AS b, ev.end AS e, ev.source AS source, ev.confidence AS p, "
                + "ev.label AS label", id).rows()) {
            events.add(new Event(videoId, (String) r.get("predicate"), PredicateKind.fromKey((String) r.get("kind")),
                    (int) number(r.get("s")), r.get("o") == null ? null : (int) number(r.get("o")),
                    (int) number(r.get("b")), (int) number(r.get("e")), Source.fromKey((String) r.get("source")),
                    number(r.get("p")), (String) r.get("label")));
        }
        events.sort(Comparator.comparing(Event::uid));
        return new VideoGraph(video, origin, null, entities, boxes, events, List.of(), List.of());
    }

    /** The derived events and temporal relations of {@code derived}, as a graph to write over the video. */
    static VideoGraph derivedPart(VideoGraph derived) {
        List<Event> events = derived.events().stream().filter(e -> e.source() == Source.DERIVED).toList();
        return new VideoGraph(derived.video(), derived.origin(), null, List.of(), List.of(), events,
                derived.temporal(), List.of());
    }

    /** The graph without its derived events and temporal relations. */
    static VideoGraph ownPart(VideoGraph graph) {
        List<Event> events = graph.events().stream().filter(e -> e.source() != Source.DERIVED).toList();
        return new VideoGraph(graph.video(), graph.origin(), graph.contentHash(), graph.entities(), graph.boxes(),
                events, List.of(), graph.captions());
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
