package io.cotasks.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cotasks query} on a real embedded database holding the VidOR graph of video 11566930393. */
class QueryCommandTest {

    @TempDir
    static Path dir;

    static String db;

    @BeforeAll
    static void ingest() {
        try (SceneGraphStore store = TestStores.embeddedWithVidor(dir)) {
            assertThat(store.stats().label("Video")).isEqualTo(1);
        }
        db = dir.resolve("db").toString();
    }

    @Test
    void printsATable() {
        CliRun run = CliRun.of("query", "--db", db, "ENTITIES IN VIDEO '11566930393'");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(String.join("\n",
                "video       | track | category | source",
                "------------+-------+----------+-----------",
                "11566930393 | 0     | child    | annotation",
                "11566930393 | 1     | toy      | annotation",
                "11566930393 | 2     | toy      | annotation",
                "(3 rows)", ""));
    }

    @Test
    void printsJsonAndRunsScriptsAsCsv() throws IOException {
        CliRun json = CliRun.of("query", "--db", db, "--format", "json",
                "USE VIDEO '11566930393'; EVENTS e = (x:child)-[hold]->(y:toy) RETURN e.begin, e.end, y.track");
        assertThat(json.exit()).isZero();
        String[] docs = json.out().split("\n(?=\\[)");
        JsonNode rows = new ObjectMapper().readTree(docs[1]);
        assertThat(rows).hasSizeGreaterThan(0);
        assertThat(rows.get(0).get("e.begin").asInt()).isEqualTo(79);
        assertThat(rows.get(0).get("e.end").asInt()).isEqualTo(99);

        Path script = dir.resolve("watch.ctq");
        Files.writeString(script, "-- where the child watches a toy\nUSE VIDEO '11566930393';\n"
                + "LOCALIZE (x:child)-[watch]->(y:toy) LIMIT 2;\n");
        CliRun csv = CliRun.of("query", "--db", db, "--format", "csv", "--file", script.toString());
        assertThat(csv.exit()).isZero();
        assertThat(csv.out().lines().toList()).containsSequence(
                "video,beginFrame,endFrame,beginSec,endSec,events");
        assertThat(csv.out().lines().filter(l -> l.startsWith("11566930393,")).count()).isEqualTo(2);
    }

    @Test
    void reportsErrorsWithTheLineAndACaret() throws IOException {
        Path script = dir.resolve("bad.ctq");
        Files.writeString(script, "USE VIDEO '11566930393';\nENTITIES (x:chlid);\n");
        CliRun run = CliRun.of("query", "--db", db, "--file", script.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(String.join("\n",
                "error: " + script + ": line 2:13: unknown category 'chlid', did you mean 'child'?",
                "  ENTITIES (x:chlid);",
                "              ^", ""));
    }

    @Test
    void aScriptSplitsByTheGrammarAndNamesFilesThatAreNotText() throws IOException {
        Path script = dir.resolve("backslash.ctq");
        // no escapes in the DSL: 'a\' is a whole string, so the quote after 1=1 opens one that never closes
        Files.writeString(script, "VIDEOS WHERE id = 'a\\' OR 1=1';\nVIDEOS;\n");
        CliRun run = CliRun.of("query", "--db", db, "--file", script.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: " + script + ": line 1:").contains("VIDEOS WHERE id = 'a\\' OR 1=1';");
        assertThat(run.out()).isEmpty();

        Path binary = dir.resolve("binary.ctq");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41});
        CliRun notText = CliRun.of("query", "--db", db, "--file", binary.toString());
        assertThat(notText.exit()).isEqualTo(2);
        assertThat(notText.err()).isEqualTo("error: " + binary + ": not a UTF-8 text file\n");
    }

    /** One in-process run of the command line with its output captured. */
}
