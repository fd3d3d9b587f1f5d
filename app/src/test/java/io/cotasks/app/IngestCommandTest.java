package io.cotasks.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cotasks ingest} end to end: real sample files, a real embedded database, exit codes and output. */
class IngestCommandTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    @Test
    void ingestsGoodFilesReportsTheCorruptOneAndExitsOne(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("vidor/annotations/11566930393.json"), input.resolve("11566930393.json"));
        Files.writeString(input.resolve("broken.json"), "{\"video_id\": \"1\",\n \"fps\": }");
        CliRun run = CliRun.of("ingest", "--db", dir.resolve("db").toString(), "--source", "vidor", "--workers", "2", input.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).containsExactly("error: broken.json:2:9: malformed JSON: Unexpected character ('}' (code 125)): expected a value");
        assertThat(run.out()).startsWith("videos 1 (skipped 0 unchanged), entities 3, boxes 2249, events 79, temporal relations 3081, questions 0, failures 1,");

        CliRun again = CliRun.of("ingest", "--db", dir.resolve("db").toString(), "--source", "vidor", SAMPLES.resolve("vidor/annotations").toString());
        assertThat(again.exit()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).startsWith("videos 1 (skipped 1 unchanged), entities 6, boxes 5121, events 136,");
    }

    @Test
    void failFastStopsSubmittingAfterTheFirstFailure(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a-broken.json"), "[");
        Files.copy(SAMPLES.resolve("vidor/annotations/11566930393.json"), input.resolve("b.json"));
        Files.copy(SAMPLES.resolve("vidor/annotations/2793806282.json"), input.resolve("c.json"));
        // One worker, two queue slots. a-broken fails at once; b is submitted only if the loop reaches it before
        // the failure (a race, either outcome is right); c waits for a slot that frees only after the failure,
        // so fail-fast must never start it.
        CliRun run = CliRun.of("ingest", "--db", dir.resolve("db").toString(), "--source", "vidor", "--workers", "1", "--fail-fast",
                input.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: a-broken.json:1:");
        assertThat(run.out()).containsAnyOf("videos 0 (skipped 0 unchanged), entities 0, boxes 0,",
                "videos 1 (skipped 0 unchanged), entities 3, boxes 2249,");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        CliRun unknown = CliRun.of("ingest", "--db", dir.resolve("db").toString(), "--source", "youtube", SAMPLES.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: unknown --source 'youtube'; expected one of ")
                .contains("charades", "nextqa", "star", "vidor", "vidstg");
        CliRun shard = CliRun.of("ingest", "--db", dir.resolve("db").toString(), "--source", "vidor", "--shard", "3/2", SAMPLES.toString());
        assertThat(shard.exit()).isEqualTo(2);
        assertThat(shard.err()).isEqualTo("error: --shard must be i/n with 0 <= i < n, got 3/2" + System.lineSeparator());
    }
}
