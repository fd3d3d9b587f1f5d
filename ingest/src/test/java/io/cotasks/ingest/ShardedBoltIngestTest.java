package io.cotasks.ingest;

import io.cotasks.ingest.sources.Sources;
import io.cotasks.store.EmbeddedServer;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Stores;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Two "machines" ({@code --shard 0/2} and {@code 1/2}) ingest concurrently into one Neo4j server over Bolt. */
class ShardedBoltIngestTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));

    @Test
    void twoShardsOverBoltCoverEveryVideoExactlyOnce(@TempDir Path dir) {
        Path vidor = SAMPLES.resolve("vidor/annotations");
        try (EmbeddedServer server = TestStores.boltServer(dir)) {
            List<CompletableFuture<IngestReport>> shards = List.of(shard(server, vidor, "0/2"), shard(server, vidor, "1/2"));
            List<IngestReport> reports = shards.stream().map(CompletableFuture::join).toList();
            assertThat(reports).allSatisfy(r -> assertThat(r.failures()).isEmpty());
            // String.hashCode: 11566930393 falls in shard 0, 2793806282 in shard 1
            assertThat(reports.get(0).boxes()).isEqualTo(2_249);
            assertThat(reports.get(1).boxes()).isEqualTo(5_121);
            try (SceneGraphStore store = Stores.bolt(server.boltUri(), "neo4j", "")) {
                assertThat(store.query("MATCH (v:Video)-[:HAS_ENTITY]->(e)-[b:IN_FRAME]->() "
                        + "RETURN v.id AS video, count(DISTINCT e) AS entities, count(b) AS boxes ORDER BY video", Map.of()).rows())
                        .containsExactly(Map.of("video", "11566930393", "entities", 3L, "boxes", 2_249L),
                                Map.of("video", "2793806282", "entities", 6L, "boxes", 5_121L));
            }
        }
    }

    private static CompletableFuture<IngestReport> shard(EmbeddedServer server, Path file, String shard) {
        return CompletableFuture.supplyAsync(() -> {
            try (SceneGraphStore store = Stores.bolt(server.boltUri(), "neo4j", "")) {
                return IngestRunner.run(store, Sources.byName("vidor").units(List.of(file)),
                        new IngestRunner.Options(1, false, false, Shard.parse(shard)));
            }
        });
    }
}
