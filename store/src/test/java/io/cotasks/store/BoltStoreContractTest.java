package io.cotasks.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.VideoGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract over a real Bolt connection to the embedded database's own connector on loopback. */
class BoltStoreContractTest extends SceneGraphStoreContract {

    @TempDir
    static Path dir;
    static EmbeddedServer server;
    static SceneGraphStore store;

    @BeforeAll
    static void open() {
        server = TestStores.boltServer(dir);
        store = Stores.bolt(server.boltUri(), "neo4j", "");
    }

    @AfterAll
    static void close() {
        store.close();
        server.close();
    }

    @Override
    protected SceneGraphStore store() {
        return store;
    }

    @Test
    void bothBackendsReturnIdenticalValues() {
        store.writeVideo(TestGraphs.vidorAs("same-values"));
        String cypher = """
                MATCH p = (v:Video {id: $id})-[:HAS_ENTITY]->(e:Entity)-[b:IN_FRAME]->(f:Frame)
                WHERE f.index < 3
                RETURN v, e, b, f, p, [e.trackId, b.x1] AS list, {t: f.time} AS map
                ORDER BY e.trackId, f.index
                """;
        QueryResult overBolt = store.query(cypher, Map.of("id", "same-values"));
        QueryResult inProcess = server.store().query(cypher, Map.of("id", "same-values"));
        assertThat(overBolt.rows()).hasSize(9).isEqualTo(inProcess.rows());
        assertThat(overBolt.columns()).isEqualTo(inProcess.columns());
    }

    @Test
    void theEmbeddedCoreApiFastPathAndTheCypherCreatePathWriteIdenticalGraphs() {
        server.store().writeVideo(TestGraphs.vidorAs("via-core"));
        store.writeVideo(TestGraphs.vidorAs("via-cypher"));
        List<String> core = dump("via-core");
        assertThat(core).hasSize(1 + 3 + 872 + 15 + 3 + 2249 + 15 * 3 + 105);
        assertThat(dump("via-cypher")).isEqualTo(core);
    }

    @Test
    void theEmbeddedCoreApiMergeAndTheCypherMergeWriteIdenticalGraphs() {
        for (String id : List.of("merge-core", "merge-cypher")) {
            SceneGraphStore target = id.equals("merge-core") ? server.store() : store;
            target.writeVideo(labelled(TestGraphs.vidorAs(id), "first"));
            target.writeVideo(changed(TestGraphs.vidorAs(id)));
        }
        List<String> core = dump("merge-core");
        assertThat(core).hasSize(1 + 3 + 872 + 16 + 3 + 2249 + 16 * 3 + 105 + 1)
                .anyMatch(line -> line.contains("category=changed"))
                .anyMatch(line -> line.contains("x1=99.0"))
                .noneMatch(line -> line.contains("label=first"));
        assertThat(dump("merge-cypher")).isEqualTo(core);
    }

    @Test
    void theEmbeddedCoreApiAndCypherReplaceWhatAnOriginWroteIdentically() {
        SceneGraphStoreContract.replaceOneOfTwoOrigins(server.store(), "replace-core");
        SceneGraphStoreContract.replaceOneOfTwoOrigins(store, "replace-cypher");
        List<String> core = dump("replace-core");
        assertThat(core).anyMatch(line -> line.contains("origins=[1]")).anyMatch(line -> line.contains("origins=[0, 1]"));
        assertThat(dump("replace-cypher")).isEqualTo(core);
    }

    private static VideoGraph labelled(VideoGraph g, String label) {
        List<Event> events = g.events().stream().map(e -> new Event(e.videoId(), e.predicate(), e.kind(),
                e.subjectTid(), e.objectTid(), e.begin(), e.end(), e.source(), e.confidence(), label)).toList();
        return g.withEvents(events, g.temporal());
    }

    /** New category and box coordinates, labels gone (null removes them), a new event and its relation. */
    private static VideoGraph changed(VideoGraph g) {
        List<Entity> entities = g.entities().stream().map(e -> new Entity(e.videoId(), e.trackId(),
                e.trackId() == g.entities().get(0).trackId() ? "changed" : e.category(), e.source(), 0.5)).toList();
        List<Box> boxes = g.boxes().stream().map(b -> new Box(b.trackId(), b.frame(), b.x1() + 1, b.y1(),
                b.x2(), b.y2(), !b.generated(), 0.75)).toList();
        List<Event> events = new ArrayList<>(g.events());
        Event extra = Event.annotated(g.video().id(), "touch", PredicateKind.CONTACT, 0, 1, 10, 20);
        events.add(extra);
        List<TemporalRelation> temporal = new ArrayList<>(g.temporal());
        temporal.add(TemporalRelation.between(extra, g.events().get(0)));
        return new VideoGraph(g.video(), g.origin(), "changed", entities, boxes, events, temporal, g.captions());
    }

    /** Every node and relationship of one video as text, with the video id blanked, sorted. */
    private static List<String> dump(String id) {
        List<String> lines = new ArrayList<>();
        server.store().query("MATCH (n) WHERE n.videoId = $id OR n.id = $id RETURN labels(n) AS l, n AS p",
                Map.of("id", id)).rows().forEach(r -> lines.add(r.toString().replace(id, "ID")));
        server.store().query("""
                MATCH (a)-[r]->(b) WHERE a.videoId = $id OR a.id = $id
                RETURN type(r) AS t, r AS p, coalesce(a.uid, a.id) AS a, coalesce(b.uid, b.id) AS b
                """, Map.of("id", id)).rows().forEach(r -> lines.add(r.toString().replace(id, "ID")));
        return lines.stream().sorted().toList();
    }

    @Test
    void theRoutingSchemeOfClustersWorksToo() {
        java.net.URI routing = java.net.URI.create(server.boltUri().toString().replace("bolt://", "neo4j://"));
        try (SceneGraphStore routed = Stores.bolt(routing, "neo4j", "")) {
            assertThat(routed.stats()).isEqualTo(store.stats());
            assertThat(routed.describe()).startsWith("neo4j://127.0.0.1:");
        }
    }

    @Test
    void describesItselfByUri() {
        assertThat(store.describe()).isEqualTo(server.boltUri().toString()).startsWith("bolt://127.0.0.1:");
    }
}
