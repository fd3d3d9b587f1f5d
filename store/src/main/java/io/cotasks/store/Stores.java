package io.cotasks.store;

import java.net.URI;
import java.nio.file.Path;

/** Opens a {@link SceneGraphStore}: the embedded database by default, or a Neo4j server over Bolt. */
public final class Stores {

    private Stores() {
    }

    /** The embedded Neo4j database in {@code dir}, created when missing. */
    public static SceneGraphStore embedded(Path dir) {
        throw new UnsupportedOperationException("embedded backend not written yet");
    }

    /** A Neo4j server, cluster ({@code neo4j://}) or Aura over Bolt. */
    public static SceneGraphStore bolt(URI uri, String user, String password) {
        throw new UnsupportedOperationException("bolt backend not written yet");
    }
}
