package io.cotasks.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract on the embedded backend. */
class EmbeddedStoreContractTest extends SceneGraphStoreContract {

    @TempDir
    static Path dir;
    static SceneGraphStore store;

    @BeforeAll
    static void open() {
        store = TestStores.embedded(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    protected SceneGraphStore store() {
        return store;
    }
}
