package io.cotasks.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cotasks stats} on a real embedded database holding the VidOR graph of video 11566930393. */
class StatsCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingest() {
        try (SceneGraphStore store = TestStores.embeddedWithVidor(dir)) {
            assertThat(store.stats().label("Video")).isEqualTo(1);
        }
    }

    @Test
    void printsCountsPerLabelAndType() {
        CliRun run = CliRun.of("stats", "--db", dir.resolve("db").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(String.join("\n",
                "Store: " + dir.resolve("db").toAbsolutePath(),
                "Nodes (891)",
                "  Entity              3",
                "  Event              15",
                "  Frame             872",
                "  Question            0",
                "  Video               1",
                "Relationships (2,402)",
                "  ABOUT                 0",
                "  BEFORE               44",
                "  DURING               29",
                "  EQUALS                3",
                "  FINISHES              4",
                "  HAS_ENTITY            3",
                "  HAS_EVENT            15",
                "  IN_FRAME          2,249",
                "  MEETS                 0",
                "  OBJECT               15",
                "  OVERLAPS              7",
                "  STARTS               18",
                "  SUBJECT              15", ""));
    }

    @Test
    void printsJson() throws Exception {
        CliRun run = CliRun.of("stats", "--json", "--db", dir.resolve("db").toString());
        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("store").asText()).isEqualTo(dir.resolve("db").toAbsolutePath().toString());
        assertThat(json.get("labels").get("Frame").asLong()).isEqualTo(872);
        assertThat(json.get("labels").get("Entity").asLong()).isEqualTo(3);
        assertThat(json.get("relationshipTypes").get("IN_FRAME").asLong()).isEqualTo(2249);
        assertThat(json.get("relationshipTypes").get("SUBJECT").asLong()).isEqualTo(15);
        assertThat(json.get("relationshipTypes").size()).isEqualTo(13);
    }

    @Test
    void refusesDbAndUriTogether() {
        CliRun run = CliRun.of("stats", "--db", dir.toString(), "--uri", "bolt://127.0.0.1:1");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --db and --uri cannot be used together\n");
    }

    @Test
    void reportsAnUnreachableServerInOneLine() {
        CliRun run = CliRun.of("stats", "--uri", "bolt://127.0.0.1:1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: cannot reach Neo4j at bolt://127.0.0.1:1: ").endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    /** One in-process run of the command line with its output captured. */
}
