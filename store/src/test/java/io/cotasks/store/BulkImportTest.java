package io.cotasks.store;

import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Neo4j's bulk importer writes the same labels and relationship types, in the same numbers, as our writer. */
class BulkImportTest {

    @Test
    void bulkImportedStoreHasTheSameCountsAsTheTransactionalWrite(@TempDir Path dir) {
        List<VideoGraph> graphs = List.of(TestGraphs.vidor(), TestGraphs.vidorAs("11566930393~b"));
        StoreStats written;
        String box = "MATCH (:Entity {uid: '11566930393#0'})-[r:IN_FRAME]->(:Frame {uid: '11566930393#100'}) RETURN properties(r) AS p";
        Object txBox;
        try (SceneGraphStore store = TestStores.embedded(dir.resolve("tx"))) {
            store.writeVideos(graphs, List.of());
            written = store.stats();
            txBox = store.query(box, java.util.Map.of()).rows().get(0).get("p");
        }
        BulkImport.Result result;
        try (BulkImport bulk = BulkImport.into(dir.resolve("bulk"))) {
            graphs.forEach(bulk::add);
            result = bulk.run();
        }
        // the importer writes the DBMS home it is given (data/databases/neo4j under it): open that same home
        try (SceneGraphStore imported = Stores.embedded(dir.resolve("bulk"))) {
            StoreStats stats = imported.stats();
            assertThat(stats.labels()).isEqualTo(written.labels());
            assertThat(stats.relationshipTypes()).isEqualTo(written.relationshipTypes());
            long elements = stats.labels().values().stream().mapToLong(Long::longValue).sum()
                    + stats.relationshipTypes().values().stream().mapToLong(Long::longValue).sum();
            assertThat(result.elements()).isEqualTo(elements);
            assertThat(imported.query("MATCH (e:Entity {uid: $uid}) RETURN e.category AS c",
                    java.util.Map.of("uid", "11566930393#0")).rows()).extracting(r -> r.get("c")).containsExactly("child");
            assertThat(imported.query(box, java.util.Map.of()).rows().get(0).get("p")).isEqualTo(txBox);
        }
    }
}
