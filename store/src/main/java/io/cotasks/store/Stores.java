package io.cotasks.store;

import java.net.URI;
import java.nio.file.Path;

/** Opens a {@link SceneGraphStore}: the embedded database by default, or a Neo4j server over Bolt. */
public final class Stores {

    private Stores() {
    }

    /**
     * The embedded Neo4j database in {@code dir}, created when missing. No network ports are opened; Neo4j
     * logs to {@code dir/logs/debug.log}. Fails with a one-line {@link CotasksException} when another
     * process holds the folder.
     */
    public static SceneGraphStore embedded(Path dir) {
        return EmbeddedStore.open(dir);
    }

    /**
     * A Neo4j server, cluster ({@code neo4j://}) or Aura over Bolt. An empty password connects without
     * authentication.
     */
    public static SceneGraphStore bolt(URI uri, String user, String password) {
        return BoltStore.open(uri, user, password);
    }
}
