package io.cotasks.app;

import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Stores;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;

/** The options every command uses to reach the scene graph: {@code --db DIR} or {@code --uri}. */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR",
            description = "Embedded database folder (default: $COTASKS_DB or ./cotasks-db).")
    Path db;

    @Option(names = "--uri", paramLabel = "URI",
            description = "A Neo4j server or cluster: bolt://host:7687 or neo4j://host:7687.")
    URI uri;

    @Option(names = "--user", defaultValue = "neo4j", description = "User for --uri (password from $COTASKS_PASSWORD).")
    String user;

    /** The embedded database folder these options name. */
    public Path dbDir() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("COTASKS_DB");
        return Path.of(env != null && !env.isBlank() ? env : "cotasks-db");
    }

    /** Opens the store these options name. */
    public SceneGraphStore open() {
        if (uri != null) {
            if (db != null) {
                throw new CotasksException("--db and --uri cannot be used together", CotasksException.USAGE, null);
            }
            String password = System.getenv("COTASKS_PASSWORD");
            return Stores.bolt(uri, user, password == null ? "" : password);
        }
        return Stores.embedded(dbDir());
    }
}
