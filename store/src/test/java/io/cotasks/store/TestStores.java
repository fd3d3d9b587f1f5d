package io.cotasks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Real embedded Neo4j stores for tests of any module. Start one per test class ({@code @BeforeAll} with a
 * static {@code @TempDir}) and close it in {@code @AfterAll}: start-up costs seconds.
 *
 * <pre>{@code
 * @TempDir static Path dir;
 * static SceneGraphStore store;
 * @BeforeAll static void open() { store = TestStores.embedded(dir); }
 * @AfterAll static void close() { store.close(); }
 * }</pre>
 */
public final class TestStores {

    private TestStores() {
    }

    /** An embedded store in {@code dir/db}, no network ports. */
    public static SceneGraphStore embedded(Path dir) {
        return Stores.embedded(dir.resolve("db"));
    }

    /** An embedded store already holding the real VidOR graph of {@link TestGraphs#vidor()}. */
    public static SceneGraphStore embeddedWithVidor(Path dir) {
        SceneGraphStore store = embedded(dir);
        store.writeVideo(TestGraphs.vidor());
        return store;
    }

    /**
     * An embedded database with a Bolt connector (no auth, no encryption) on a free loopback port, for Bolt
     * tests: {@code Stores.bolt(server.boltUri(), "neo4j", "")}.
     */
    public static EmbeddedServer boltServer(Path dir) {
        return EmbeddedServer.start(dir.resolve("db"), freeLoopback(), null, null);
    }

    /** A free port on the loopback address, for connectors that must advertise their real port. */
    public static InetSocketAddress freeLoopback() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket socket = new ServerSocket(0, 1, loopback)) {
            return new InetSocketAddress(loopback, socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
