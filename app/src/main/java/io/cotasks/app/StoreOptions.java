package io.cotasks.app;

import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Stores;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
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
        return dbDir(db);
    }

    /** {@code db}, or {@code $COTASKS_DB}, or {@code ./cotasks-db}. */
    static Path dbDir(Path db) {
        if (db != null) {
            return db;
        }
        String env = System.getenv("COTASKS_DB");
        return Path.of(env != null && !env.isBlank() ? env : "cotasks-db");
    }

    /**
     * Opens the store these options name, for a command that reads: an embedded folder that holds no
     * database is refused (a mistyped {@code --db} would otherwise create an empty one).
     */
    public SceneGraphStore open() {
        if (uri != null) {
            return openBolt();
        }
        return Stores.embedded(existingStore(dbDir()));
    }

    /**
     * Opens the store for a command that writes: a missing embedded database is created, and when
     * {@code err} is given that is said on it ({@code created a new cotasks database in DIR}), so a mistyped
     * {@code --db} is seen at once.
     */
    public SceneGraphStore openOrCreate(PrintWriter err) {
        if (uri != null) {
            return openBolt();
        }
        Path dir = dbDir();
        boolean creates = !holdsStore(dir);
        SceneGraphStore store = Stores.embedded(dir);
        if (creates && err != null) {
            err.println("created a new cotasks database in " + dir);
            err.flush();
        }
        return store;
    }

    /** {@code dir} if it holds an embedded database, else a one-line usage error. */
    static Path existingStore(Path dir) {
        if (!holdsStore(dir)) {
            throw new CotasksException("no cotasks database in " + dir + (Files.exists(dir) ? "" : " (no such folder)")
                    + "; create one with: cotasks ingest --db " + dir + " ...", CotasksException.USAGE, null);
        }
        return dir;
    }

    /** Whether {@code dir} holds an embedded Neo4j database (the folder {@code Stores.embedded} lays out). */
    static boolean holdsStore(Path dir) {
        return Files.isDirectory(dir.resolve("data/databases/neo4j"));
    }

    private SceneGraphStore openBolt() {
        if (db != null) {
            throw new CotasksException("--db and --uri cannot be used together", CotasksException.USAGE, null);
        }
        String password = System.getenv("COTASKS_PASSWORD");
        return Stores.bolt(uri, user, password == null ? "" : password);
    }
}
