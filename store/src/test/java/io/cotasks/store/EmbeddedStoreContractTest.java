package io.cotasks.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on the embedded backend. */
class EmbeddedStoreContractTest extends SceneGraphStoreContract {

    @TempDir
    static Path dir;
    static EmbeddedDbms dbms;
    static SceneGraphStore store;

    @BeforeAll
    static void open() {
        dbms = EmbeddedDbms.start(dir.resolve("db"), builder -> { });
        store = EmbeddedStore.on(dbms, true);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsTogetherRunInOneTransaction() {
        org.neo4j.kernel.impl.transaction.stats.DatabaseTransactionStats stats =
                ((org.neo4j.kernel.internal.GraphDatabaseAPI) dbms.db()).getDependencyResolver()
                        .resolveDependency(org.neo4j.kernel.impl.transaction.stats.DatabaseTransactionStats.class);
        long before = stats.getNumberOfStartedTransactions();
        store.readTogether(() -> {
            for (int i = 0; i < 5; i++) {
                store.query("RETURN $i AS i", Map.of("i", i));
            }
            return null;
        });
        long together = stats.getNumberOfStartedTransactions() - before;
        for (int i = 0; i < 5; i++) {
            store.query("RETURN $i AS i", Map.of("i", i));
        }
        assertThat(together).isEqualTo(1);
        assertThat(stats.getNumberOfStartedTransactions() - before - together).isEqualTo(5);
    }

    @Test
    void reopeningRecreatesAMissingIndex(@TempDir Path other) {
        try (SceneGraphStore first = TestStores.embedded(other)) {
            first.write("DROP INDEX video_dataset", Map.of());
            assertThat(names(first)).doesNotContain("video_dataset");
        }
        try (SceneGraphStore reopened = TestStores.embedded(other)) {
            assertThat(names(reopened)).contains("video_dataset", "video_id", "event_predicate");
        }
    }

    private static List<Object> names(SceneGraphStore s) {
        return s.query("SHOW INDEXES YIELD name RETURN name", Map.of()).rows().stream().map(r -> r.get("name")).toList();
    }

    @Override
    protected SceneGraphStore store() {
        return store;
    }
}
