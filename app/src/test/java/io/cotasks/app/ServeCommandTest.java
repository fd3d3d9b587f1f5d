package io.cotasks.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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

/**
 * {@code cotasks serve} as a user runs it: a separate JVM on the real VidOR graph, reached by the Neo4j Java
 * Driver and by HTTP on loopback, then stopped with SIGTERM (what Ctrl-C does).
 */
class ServeCommandTest {

    @TempDir
    static Path dir;
    static Process serve;
    static List<String> output = new ArrayList<>();
    static int boltPort;
    static int httpPort;

    @BeforeAll
    static void start() throws Exception {
        TestStores.embeddedWithVidor(dir).close();
        boltPort = TestStores.freeLoopback().getPort();
        httpPort = TestStores.freeLoopback().getPort();
        serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--db", dir.resolve("db").toString(), "--bolt", "127.0.0.1:" + boltPort,
                "--http", "127.0.0.1:" + httpPort)
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            output.add(line);
            if (line.startsWith("Press Ctrl-C")) {
                break;
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null && serve.isAlive()) {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        }
    }

    @Test
    void printsTheBrowserUrlAndTheBoltUri() {
        assertThat(output).containsExactly(
                "Serving " + dir.resolve("db").toAbsolutePath(),
                "Neo4j Browser: http://127.0.0.1:" + httpPort + "/browser/",
                "Bolt:          bolt://127.0.0.1:" + boltPort + "  (no authentication)",
                "Press Ctrl-C to stop.");
    }

    @Test
    void aDriverConnectsOnLoopbackAndReadsTheGraph() {
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
             Session session = driver.session()) {
            driver.verifyConnectivity();
            long frames = session.run("MATCH (:Video {id: '11566930393'})-[:HAS_ENTITY]->(:Entity)-[b:IN_FRAME]->() "
                    + "RETURN count(b) AS n").single().get("n").asLong();
            assertThat(frames).isEqualTo(2249);
        }
    }

    @Test
    void servesNeo4jBrowser() throws Exception {
        HttpResponse<String> page = get("/browser/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Neo4j Browser</title>");
    }

    @Test
    void discoveryAdvertisesTheRealBoltPort() throws Exception {
        HttpResponse<String> discovery = get("/", "application/json");
        assertThat(discovery.statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(discovery.body());
        assertThat(json.get("bolt_direct").asText()).isEqualTo("bolt://127.0.0.1:" + boltPort);
        assertThat(json.get("bolt_routing").asText()).isEqualTo("neo4j://127.0.0.1:" + boltPort);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--bolt 0.0.0.0:7687                 | error: refusing to bind 0.0.0.0:7687 without authentication: pass --password or bind 127.0.0.1",
            "--http 0.0.0.0:7474                 | error: refusing to bind 0.0.0.0:7474 without authentication: pass --password or bind 127.0.0.1",
            "--bolt 127.0.0.1                    | error: --bolt 127.0.0.1: expected HOST:PORT, e.g. 127.0.0.1:7687",
            "--http 127.0.0.1:99999              | error: --http 127.0.0.1:99999: expected HOST:PORT, e.g. 127.0.0.1:7687",
            "--bolt 127.0.0.1:7687 --password    | error: --password without a value needs a terminal to ask on; set COTASKS_PASSWORD"})
    void refusesUnsafeOrBadAddressesWithExitCode2(String args, String error) {
        List<String> argv = new ArrayList<>(List.of("serve", "--db", dir.resolve("refused").toString()));
        argv.addAll(List.of(args.trim().split(" +")));
        CliRun run = CliRun.of(argv.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(error + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("refused")).doesNotExist();
    }

    @Test
    void helpListsOnlyTheOptionsServeTakes() {
        CliRun help = CliRun.of("serve", "--help");
        assertThat(help.out()).contains("--db=DIR", "--advertise=HOST", "--password[=P]").doesNotContain("--uri", "--user");
        CliRun uri = CliRun.of("serve", "--uri", "bolt://x:1");
        assertThat(uri.exit()).isEqualTo(2);
        assertThat(uri.err()).startsWith("Unknown options: '--uri', 'bolt://x:1'");
    }

    @Test
    void refusesAFolderWithoutADatabase() {
        CliRun run = CliRun.of("serve", "--db", dir.resolve("nothing-here").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: no cotasks database in " + dir.resolve("nothing-here")
                + " (no such folder); create one with: cotasks ingest --db " + dir.resolve("nothing-here") + " ...\n");
        assertThat(dir.resolve("nothing-here")).doesNotExist();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
