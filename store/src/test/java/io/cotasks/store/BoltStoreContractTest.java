package io.cotasks.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
