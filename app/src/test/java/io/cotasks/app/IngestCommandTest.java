package io.cotasks.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cotasks ingest} end to end: real sample files, a real embedded database, exit codes and output. */
class IngestCommandTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    /** The STAR homepage file, copied unchanged from the shared data (samples/PROVENANCE.md). */
    static final Path STAR_HOMEPAGE = SAMPLES.resolve("star/homepage/sel_examples.json");
    @Test
    void ingestsGoodFilesReportsTheCorruptOneAndExitsOne(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("vidor/annotations/11566930393.json"), input.resolve("11566930393.json"));
        Files.writeString(input.resolve("broken.json"), "{\"video_id\": \"1\",\n \"fps\": }");
        CliRun run = CliRun.of("ingest", "--db", dir.resolve("db").toString(), "--source", "vidor", "--workers", "2", input.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).containsExactly("created a new cotasks database in " + dir.resolve("db"),
                "error: " + input.resolve("broken.json") + ":2:9: malformed JSON: Unexpected character ('}' (code 125)): expected a value");
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
        assertThat(run.err()).startsWith("created a new cotasks database in " + dir.resolve("db") + "\nerror: " + input.resolve("a-broken.json") + ":1:");
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

    /**
     * A real STAR record (the first of the homepage file) with label ids no vocabulary maps: on keyframe
     * 000355 the object 28 (cup) becomes 999 in its box and relation pairs, the first relationship 11 becomes
     * 999, and the annotated action c068 becomes c999. (A Charades row with c999: BadInputTest.)
     */
    @Test
    void labelsWithoutAMappingKeepTheirIdAndTheSummaryCountsThem(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode record = (ObjectNode) json.readTree(STAR_HOMEPAGE.toFile()).get(0);
        ObjectNode keyframe = (ObjectNode) record.get("situations").get("000355");
        ((ArrayNode) keyframe.get("bbox_labels")).set(0, 999);
        keyframe.get("rel_pairs").forEach(pair -> {
            if (pair.get(1).asInt() == 28) {
                ((ArrayNode) pair).set(1, 999);
            }
        });
        ((ArrayNode) keyframe.get("rel_labels")).set(0, 999);
        ((ArrayNode) record.get("anno_actions").get(0)).set(0, "c999");
        Path input = Files.createDirectories(dir.resolve("my-star"));
        Files.writeString(input.resolve("questions.json"), json.writeValueAsString(List.of(record)));
        String db = dir.resolve("db").toString();

        CliRun star = CliRun.of("ingest", "--db", db, "--source", "star", input.resolve("questions.json").toString());

        assertThat(star.exit()).isZero();
        assertThat(star.err()).isEqualTo("created a new cotasks database in " + db + "\n");
        assertThat(star.out()).startsWith("videos 1 (skipped 0 unchanged), ")
                .endsWith("; 3 labels without a mapping, kept as written: action c999, object 999, relationship 999\n");
        try (SceneGraphStore store = Stores.embedded(dir.resolve("db"))) {
            // object 999: its own entity, category as written (track 100 + id, as any pre-release integer)
            assertThat(store.query("MATCH (:Video {id: 'LEG82'})-[:HAS_ENTITY]->(e:Entity {category: '999'}) "
                    + "RETURN e.trackId AS t", Map.of()).rows()).containsExactly(Map.of("t", 1099L));
            assertThat(store.query("MATCH (e:Event {videoId: 'LEG82', label: '999'})-[:OBJECT]->(o:Entity) "
                    + "RETURN e.predicate AS p, o.category AS o", Map.of()).rows()).containsExactly(Map.of("p", "999", "o", "999"));
            assertThat(store.query("MATCH (e:Event {videoId: 'LEG82', label: 'c999'}) RETURN e.predicate AS p, e.begin AS b",
                    Map.of()).rows()).containsExactly(Map.of("p", "c999", "b", 340L));
            // the mapped labels are untouched: person 0 still holds the sandwich (16) on keyframe 000355
            assertThat(store.query("MATCH (e:Event {videoId: 'LEG82', label: 'r009'})-[:OBJECT]->(o:Entity {trackId: 16}) "
                    + "RETURN e.predicate AS p", Map.of()).rows()).extracting(r -> r.get("p")).contains("holding");
        }
    }
}
