package io.cotasks.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.EmbeddedServer;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code serve} on the wildcard address with a password, as in a container ({@code docs/docker.md}): a real
 * start on 0.0.0.0 in a separate JVM with the password in {@code COTASKS_PASSWORD}, Bolt logins with and
 * without it, then restarts of the same store with the same and with a changed password.
 */
class ServeWildcardTest {

    @Test
    void bindsTheWildcardWithAPasswordAndRestartsWithTheSameOrANewOne(@TempDir Path dir) throws Exception {
        TestStores.embedded(dir).close();
        Path db = dir.resolve("db");
        int bolt = TestStores.freeLoopback().getPort();
        int http = TestStores.freeLoopback().getPort();
        String host = InetAddress.getLocalHost().getHostName();

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--db", db.toString(), "--bolt", "0.0.0.0:" + bolt, "--http", "0.0.0.0:" + http).redirectErrorStream(true);
        builder.environment().put("COTASKS_PASSWORD", "secretpass1");
        Process serve = builder.start();
        try {
            List<String> output = readUntilReady(serve);
            assertThat(output).containsExactly(
                    "Serving " + db.toAbsolutePath(),
                    "Neo4j Browser: http://" + host + ":" + http + "/browser/  (listening on 0.0.0.0:" + http + ")",
                    "Bolt:          bolt://" + host + ":" + bolt + "  (user neo4j)  (listening on 0.0.0.0:" + bolt + ")",
                    "Press Ctrl-C to stop.");
            assertLogins(bolt, "secretpass1");
            assertThat(new ObjectMapper().readTree(discovery(http)).get("bolt_direct").asText())
                    .isEqualTo("bolt://" + host + ":" + bolt);
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        }

        InetSocketAddress wildcard = new InetSocketAddress("0.0.0.0", bolt);
        try (EmbeddedServer same = EmbeddedServer.start(db, wildcard, null, "secretpass1", "127.0.0.1")) {
            assertThat(same.boltUri()).hasToString("bolt://127.0.0.1:" + bolt);
            assertLogins(bolt, "secretpass1");
        }
        try (EmbeddedServer changed = EmbeddedServer.start(db, wildcard, null, "changedpass2", null)) {
            assertLogins(bolt, "changedpass2");
            assertThatThrownBy(() -> login(bolt, AuthTokens.basic("neo4j", "secretpass1")))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    private static void assertLogins(int port, String password) {
        login(port, AuthTokens.basic("neo4j", password));
        assertThatThrownBy(() -> login(port, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> login(port, AuthTokens.basic("neo4j", "wrong-password")))
                .isInstanceOf(AuthenticationException.class);
    }

    private static void login(int port, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, auth)) {
            driver.verifyConnectivity();
        }
    }

    private static List<String> readUntilReady(Process serve) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        List<String> output = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null) {
            output.add(line);
            if (line.startsWith("Press Ctrl-C")) {
                break;
            }
        }
        return output;
    }

    private static String discovery(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).header("Accept", "application/json")
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
