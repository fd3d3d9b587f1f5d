package io.cotasks.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server with authentication on, and the rules for where it may listen. */
class EmbeddedServerTest {

    @TempDir
    static Path dir;
    static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(dir.resolve("db"), TestStores.freeLoopback(), null, "s3cret-pass");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withAPasswordOnlyThatPasswordGetsIn() {
        try (SceneGraphStore store = Stores.bolt(server.boltUri(), "neo4j", "s3cret-pass")) {
            assertThat(store.query("RETURN 41 + 1 AS n", Map.of()).rows()).containsExactly(Map.of("n", 42L));
        }
        assertThatThrownBy(() -> Stores.bolt(server.boltUri(), "neo4j", "wrong-password"))
                .isInstanceOf(CotasksException.class)
                .hasMessage("Neo4j at " + server.boltUri() + " refused user 'neo4j' (set the password in COTASKS_PASSWORD)");
    }

    @Test
    void theInProcessStoreSharesTheDatabase() {
        server.store().writeVideo(TestGraphs.vidor());
        try (SceneGraphStore store = Stores.bolt(server.boltUri(), "neo4j", "s3cret-pass")) {
            assertThat(store.stats()).isEqualTo(server.store().stats());
            assertThat(store.stats().type(Schema.IN_FRAME)).isEqualTo(2249);
        }
    }

    @Test
    void theSameFolderCannotBeOpenedTwiceAndTheErrorPointsToTheServer() {
        assertThatThrownBy(() -> Stores.embedded(dir.resolve("db")))
                .isInstanceOf(CotasksException.class)
                .hasMessage("the database in " + dir.resolve("db") + " is held by `cotasks serve` (" + server.boltUri()
                        + "): reach it with --uri " + server.boltUri() + " instead of --db")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aFolderAnotherCommandHoldsSaysSoWithoutAServerAddress() {
        Path plain = dir.resolve("plain");
        try (SceneGraphStore first = Stores.embedded(plain)) {
            assertThatThrownBy(() -> Stores.embedded(plain))
                    .isInstanceOf(CotasksException.class)
                    .hasMessage("the database in " + plain + " is in use by another process (another cotasks command, "
                            + "or two opening a new database at once): wait for it to finish and try again; for a "
                            + "running `cotasks serve`, use --uri with its Bolt address instead of --db");
        }
        assertThat(dir.resolve("db/" + EmbeddedDbms.SERVED_AT)).hasContent(server.boltUri().toString());
    }

    @Test
    void aBusyPortIsOneClearLine() throws Exception {
        InetSocketAddress busy = TestStores.freeLoopback();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(busy.getPort(), 1, busy.getAddress())) {
            assertThatThrownBy(() -> EmbeddedServer.start(dir.resolve("busy"), busy, null, null))
                    .isInstanceOf(CotasksException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + busy.getPort()
                            + ": address already in use (another cotasks serve or Neo4j?)");
        }
    }

    @Test
    void aShortPasswordIsAUsageError() {
        assertThatThrownBy(() -> EmbeddedServer.start(dir.resolve("other"), TestStores.freeLoopback(), null, "short"))
                .isInstanceOf(CotasksException.class).hasMessage("--password must have at least 8 characters")
                .satisfies(e -> assertThat(((CotasksException) e).kind()).isEqualTo(CotasksException.USAGE));
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "0.0.0.0     | null     | refusing to bind 0.0.0.0:7687 without authentication: pass --password or bind 127.0.0.1",
            "0.0.0.0     | ''       | refusing to bind 0.0.0.0:7687 without authentication: pass --password or bind 127.0.0.1",
            "127.0.0.1   | null     | ok",
            "::1         | null     | ok",
            "0.0.0.0     | password | ok"})
    void onlyLoopbackWithoutPassword(String host, String password, String expected) {
        InetSocketAddress address = new InetSocketAddress(host, 7687);
        if (expected.equals("ok")) {
            assertThatCode(() -> EmbeddedServer.requireSafeBind(password, address)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> EmbeddedServer.requireSafeBind(password, address)).hasMessage(expected);
        }
    }
}
