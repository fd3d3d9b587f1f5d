package io.cotasks.store;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A started embedded Neo4j DBMS with the settings cotasks needs: no connectors unless asked for, logs in
 * {@code <dir>/logs/debug.log}, a Bolt shutdown in well under a second, and a JVM shutdown hook so the
 * process never hangs at exit.
 */
final class EmbeddedDbms implements AutoCloseable {

    /** Page cache size; override with {@code -Dcotasks.pagecache=1g}. */
    private static final String PAGECACHE = System.getProperty("cotasks.pagecache", "512m");

    private final Path dir;
    private final DatabaseManagementService dbms;
    private final GraphDatabaseService db;
    private final Thread hook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDbms(Path dir, DatabaseManagementService dbms, GraphDatabaseService db) {
        this.dir = dir;
        this.dbms = dbms;
        this.db = db;
        this.hook = new Thread(this::shutdown, "cotasks-neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts the DBMS in {@code dir} with the given extra settings (connectors, auth). */
    static EmbeddedDbms start(Path dir, Consumer<DatabaseManagementServiceBuilder> settings) {
        Path home = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new CotasksException("cannot create database folder " + home + ": " + e.getMessage());
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(PAGECACHE))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofMillis(500));
        settings.accept(builder);
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) {
                throw new CotasksException(inUse(dir, home), CotasksException.RUNTIME, e);
            }
            throw new CotasksException("cannot open the database in " + dir + ": " + rootMessage(e), CotasksException.RUNTIME, e);
        }
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            dbms.shutdown();
            throw new CotasksException("cannot open the database in " + home
                    + ": it did not start (is another cotasks process using it? see " + home.resolve("logs/debug.log") + ")");
        }
        return new EmbeddedDbms(home, dbms, db);
    }

    Path dir() {
        return dir;
    }

    /** The file in a database folder that names the Bolt address of the {@code cotasks serve} holding it. */
    static final String SERVED_AT = "cotasks-serve.uri";

    /**
     * Records (or, with null, removes) the Bolt address a server on the database in {@code home} is reached
     * at, so that another command refused by the lock can say which {@code --uri} to use.
     */
    static void announce(Path home, java.net.URI bolt) {
        try {
            if (bolt == null) {
                Files.deleteIfExists(home.resolve(SERVED_AT));
            } else {
                Files.writeString(home.resolve(SERVED_AT), bolt.toString());
            }
        } catch (java.io.IOException e) {
            // only the lock message loses the address; the server itself is unaffected
        }
    }

    /** The one-line message for a database another process holds, naming the server's address when it is one. */
    private static String inUse(Path dir, Path home) {
        String served = null;
        try {
            served = Files.readString(home.resolve(SERVED_AT)).strip();
        } catch (java.io.IOException | RuntimeException e) {
            // no server announced itself: another command holds the database
        }
        if (served != null && !served.isEmpty()) {
            return "the database in " + dir + " is held by `cotasks serve` (" + served + "): reach it with --uri "
                    + served + " instead of --db";
        }
        return "the database in " + dir + " is in use by another process (another cotasks command, or two opening "
                + "a new database at once): wait for it to finish and try again; for a running `cotasks serve`, use "
                + "--uri with its Bolt address instead of --db";
    }

    DatabaseManagementService dbms() {
        return dbms;
    }

    GraphDatabaseService db() {
        return db;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to; shutdown() below is idempotent
        }
        shutdown();
    }

    private void shutdown() {
        if (closed.compareAndSet(false, true)) {
            dbms.shutdown();
        }
    }

    /**
     * Whether opening failed because another process holds the store: its lock file, or (two processes
     * creating a fresh store at once) a store file cut short under the other's hands.
     */
    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.EOFException || t.getClass().getSimpleName().equals("FileLockException")
                    || String.valueOf(t.getMessage()).contains("Unable to obtain lock")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return Neo4jStore.firstLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
}
