package io.cotasks.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changed file re-ingests to exactly its new content: real files are ingested, edited and re-ingested
 * into one store, which is then compared element by element ({@link GraphDump}) with a store holding only
 * the edited files (emptied, then ingested once).
 */
class ReingestTest {

    static final Path SAMPLES = IngestStoreTest.SAMPLES;
    static final String VIDOR_ID = "11566930393";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SceneGraphStore reingested;
    static SceneGraphStore fresh;

    @TempDir
    Path files;

    @BeforeAll
    static void open() {
        reingested = TestStores.embedded(dir.resolve("reingested"));
        fresh = TestStores.embedded(dir.resolve("fresh"));
    }

    @AfterAll
    static void close() {
        reingested.close();
        fresh.close();
    }

    @BeforeEach
    void empty() {
        for (SceneGraphStore store : List.of(reingested, fresh)) {
            store.write("MATCH (n) DETACH DELETE n", Map.of());
        }
    }

    @Test
    void removedRelationsAreGoneAndTheSummaryCountsTheGraph() {
        Path vidor = copy(SAMPLES.resolve("vidor/annotations/" + VIDOR_ID + ".json"), "vidor");
        ingest(reingested, "vidor", vidor);
        edit(vidor, root -> removeRelations(root, r -> r.get("begin_fid").asInt() < 150));
        IngestReport report = ingest(reingested, "vidor", vidor);
        ingest(fresh, "vidor", vidor);

        assertSameGraph();
        assertThat(events(reingested, "watch", 0)).isZero();
        assertThat(report.graph().events()).isEqualTo(count(fresh, "MATCH (e:Event) RETURN count(e) AS n"));
        assertThat(report.graph().temporal()).isEqualTo(count(fresh, "MATCH (:Event)-[r]->(:Event) RETURN count(r) AS n"));
        IngestReport again = ingest(reingested, "vidor", vidor);
        assertThat(again.skipped()).isEqualTo(1);
        assertSameGraph();
    }

    @Test
    void aRenamedCategoryReplacesTheOldOne() {
        Path vidor = copy(SAMPLES.resolve("vidor/annotations/" + VIDOR_ID + ".json"), "vidor");
        ingest(reingested, "vidor", vidor);
        edit(vidor, root -> objects(root).forEach(o -> {
            if (o.get("tid").asInt() == 2) {
                ((ObjectNode) o).put("category", "ball/sports_ball");
            }
        }));
        ingest(reingested, "vidor", vidor);
        ingest(fresh, "vidor", vidor);

        assertSameGraph();
        assertThat(count(reingested, "MATCH (e:Entity {category: 'toy'}) RETURN count(e) AS n")).isEqualTo(1);
    }

    @Test
    void aRemovedTrackTakesItsBoxesEventsAndRelationsWithIt() {
        Path vidor = copy(SAMPLES.resolve("vidor/annotations/" + VIDOR_ID + ".json"), "vidor");
        ingest(reingested, "vidor", vidor);
        edit(vidor, root -> removeTrack(root, 1));
        ingest(reingested, "vidor", vidor);
        ingest(fresh, "vidor", vidor);

        assertSameGraph();
        assertThat(count(reingested, "MATCH (e:Entity) RETURN count(e) AS n")).isEqualTo(2);
        assertThat(count(reingested, "MATCH ()-[b:IN_FRAME]->() RETURN count(b) AS n")).isEqualTo(1_744);
    }

    @Test
    void changingOneOfTwoOriginsOfAVideoKeepsWhatTheOtherWrote() {
        Path vidor = copy(SAMPLES.resolve("vidor/annotations/" + VIDOR_ID + ".json"), "vidor");
        Path vidstg = copy(SAMPLES.resolve("golden_nextqa_vidor/vidstg_2videos.json"), "vidstg");
        ingest(reingested, "vidor", vidor);
        ingest(reingested, "vidstg", vidstg);
        // track 1 and the hold at 79 are VidSTG's too: they stay, as VidSTG's alone (no boxes)
        edit(vidor, root -> {
            removeTrack(root, 1);
            removeRelations(root, r -> r.get("predicate").asText().equals("hold") || r.get("begin_fid").asInt() == 0);
        });
        ingest(reingested, "vidor", vidor);
        ingest(fresh, "vidor", vidor);
        ingest(fresh, "vidstg", vidstg);

        assertSameGraph();
        assertThat(events(reingested, "hold", 79)).isEqualTo(1);
        assertThat(events(reingested, "hold", 141)).isZero();
        assertThat(count(reingested, "MATCH (e:Entity {uid: '" + VIDOR_ID + "#1'}) RETURN count(e) AS n")).isEqualTo(1);

        // now VidSTG changes: one record of this video goes, and every record of the other video
        edit(vidstg, root -> {
            for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
                JsonNode r = it.next();
                if (!r.get("vid").asText().equals(VIDOR_ID) || r.get("used_relation").get("begin_fid").asInt() == 202) {
                    it.remove();
                }
            }
        });
        IngestReport report = ingest(reingested, "vidstg", vidstg);
        fresh.write("MATCH (n) DETACH DELETE n", Map.of());
        ingest(fresh, "vidor", vidor);
        ingest(fresh, "vidstg", vidstg);

        assertThat(report.withdrawn()).isEqualTo(1);
        assertSameGraph();
        assertThat(count(reingested, "MATCH (v:Video) RETURN count(v) AS n")).isEqualTo(1);
    }

    @Test
    void starRecordsRemovedFromTheFileTakeTheirQuestionsAndSituationsWithThem() throws IOException {
        Path star = files.resolve("star");
        copyTree(SAMPLES.resolve("star"), star);
        Path examples = star.resolve("homepage/sel_examples.json");
        ingest(reingested, "star", examples);
        // every record of 0TXYV, and the TJZ0P records after the fifth
        int[] kept = {0};
        edit(examples, root -> {
            for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
                String video = it.next().get("video_id").asText();
                if (video.equals("0TXYV") || (video.equals("TJZ0P") && ++kept[0] > 5)) {
                    it.remove();
                }
            }
        });
        IngestReport report = ingest(reingested, "star", examples);
        ingest(fresh, "star", examples);

        assertThat(report.failures()).isEmpty();
        assertThat(report.withdrawn()).isEqualTo(1);
        assertSameGraph();
        assertThat(report.graph().questions()).isEqualTo(99 - 6 - 12);
    }

    private static void assertSameGraph() {
        List<String> expected = GraphDump.of(fresh);
        assertThat(expected).isNotEmpty();
        assertThat(GraphDump.of(reingested)).containsExactlyElementsOf(expected);
    }

    private static IngestReport ingest(SceneGraphStore store, String source, Path file) {
        IngestReport report = IngestRunner.run(store, Sources.byName(source).units(List.of(file)), IngestStoreTest.TWO);
        assertThat(report.failures()).isEmpty();
        return report;
    }

    private static long events(SceneGraphStore store, String predicate, int begin) {
        return count(store, "MATCH (e:Event {predicate: '" + predicate + "', begin: " + begin
                + ", source: 'annotation'}) RETURN count(e) AS n");
    }

    private static long count(SceneGraphStore store, String cypher) {
        return ((Number) store.query(cypher, Map.of()).rows().get(0).get("n")).longValue();
    }

    private Path copy(Path from, String folder) {
        try {
            Path to = files.resolve(folder).resolve(from.getFileName());
            Files.createDirectories(to.getParent());
            return Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void edit(Path file, java.util.function.Consumer<JsonNode> change) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            change.accept(root);
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode objects(JsonNode root) {
        return (ArrayNode) root.get("subject/objects");
    }

    private static void removeRelations(JsonNode root, Predicate<JsonNode> which) {
        for (Iterator<JsonNode> it = root.get("relation_instances").elements(); it.hasNext(); ) {
            if (which.test(it.next())) {
                it.remove();
            }
        }
    }

    /** Removes a track from the objects, the trajectories and the relations that name it. */
    private static void removeTrack(JsonNode root, int tid) {
        for (Iterator<JsonNode> it = objects(root).elements(); it.hasNext(); ) {
            if (it.next().get("tid").asInt() == tid) {
                it.remove();
            }
        }
        for (JsonNode frame : root.get("trajectories")) {
            for (Iterator<JsonNode> it = frame.elements(); it.hasNext(); ) {
                if (it.next().get("tid").asInt() == tid) {
                    it.remove();
                }
            }
        }
        removeRelations(root, r -> r.get("subject_tid").asInt() == tid || r.get("object_tid").asInt() == tid);
    }
}
