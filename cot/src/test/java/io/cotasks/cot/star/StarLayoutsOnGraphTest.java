package io.cotasks.cot.star;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.ingest.UnitContent;
import io.cotasks.query.QueryEngine;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.VideoGraph;
import io.cotasks.store.star.StarClasses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * STAR in both layouts on a real embedded Neo4j: the homepage file and its release-layout rewrite
 * ({@link StarReleaseRewrite}) give the same graph and the same scores; release, keyed-by-id and test-split
 * files ingest from empty folders; and the graph-backed executor agrees with a plain port of the reference
 * executor ({@link ReferencePort}) on 10,000 random programs over the real situations.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StarLayoutsOnGraphTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples"));
    static final Path HOMEPAGE = SAMPLES.resolve("star/homepage/sel_examples.json");
    static final ObjectMapper JSON = new ObjectMapper();
    static final IngestRunner.Options OPTIONS = new IngestRunner.Options(2, false, false, Shard.ALL);

    @TempDir
    static Path dir;
    static SceneGraphStore store;
    static QueryEngine engine;
    static List<StarQuestion> homepage;

    @BeforeAll
    static void ingestHomepage() {
        store = TestStores.embedded(dir.resolve("db"));
        engine = QueryEngine.on(store);
        assertThat(ingest(HOMEPAGE).failed()).isFalse();
        homepage = StarQuestionFile.read(HOMEPAGE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static IngestReport ingest(Path file) {
        return IngestRunner.run(store, Sources.byName("star").units(List.of(file)), OPTIONS);
    }

    @Test
    @Order(1)
    void bothLayoutsGiveTheSameGraphElementByElement() throws IOException {
        Path tree = dir.resolve("tree");
        copyTree(SAMPLES.resolve("star"), tree);
        Path release = tree.resolve("homepage/STAR_val.json");
        StarReleaseRewrite.rewrite(tree.resolve("homepage/sel_examples.json"), release, null);
        Map<String, UnitContent> a = contents(tree.resolve("homepage/sel_examples.json"));
        Map<String, UnitContent> b = contents(release);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet()).hasSize(4);
        for (String video : a.keySet()) {
            VideoGraph ga = a.get(video).graph();
            VideoGraph gb = b.get(video).graph();
            assertThat(gb.video()).isEqualTo(ga.video());
            // a graph has no order: the same elements, each once
            assertThat(gb.entities()).as(video).containsExactlyInAnyOrderElementsOf(ga.entities());
            assertThat(gb.boxes()).as(video).containsExactlyInAnyOrderElementsOf(ga.boxes());
            assertThat(gb.events()).as(video).containsExactlyInAnyOrderElementsOf(ga.events());
            assertThat(gb.temporal()).as(video).containsExactlyInAnyOrderElementsOf(ga.temporal());
            List<Question> qa = a.get(video).questions();
            List<Question> qb = b.get(video).questions();
            assertThat(qb).hasSameSizeAs(qa);
            for (int i = 0; i < qa.size(); i++) {
                Question x = qa.get(i);
                Question y = qb.get(i);
                assertThat(List.of(y.qid(), y.videoId(), y.type(), y.text(), y.choices(), y.answer(), y.program()))
                        .isEqualTo(List.of(x.qid(), x.videoId(), x.type(), x.text(), x.choices(), x.answer(), x.program()));
                assertThat(y.spans()).isEqualTo(x.spans());
                // the release names the answer by its text: of two identical choices it can only mark the first
                assertThat(y.choices().get(y.answerIndex())).isEqualTo(x.choices().get(x.answerIndex()));
            }
        }
    }

    @Test
    @Order(2)
    void graphBackedExecutorAgreesWithThePortOfTheReferenceOnRandomPrograms() throws IOException {
        Path release = dir.resolve("rewrite.json");
        StarReleaseRewrite.rewrite(HOMEPAGE, release, null);
        JsonNode records = JSON.readTree(release.toFile());
        StarClasses classes = StarClasses.shipped();
        StarGraphSituations.Cache cache = new StarGraphSituations.Cache(engine, classes);
        StarExecutor executor = StarExecutor.of(classes);
        Random random = new Random(20211206);
        int programs = 0;
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < homepage.size(); i++) {
            StarQuestion q = homepage.get(i);
            JsonNode record = records.get(i);
            assertThat(record.get("question_id").asText()).isEqualTo(q.question().qid());
            StarGraphSituations frames = StarGraphSituations.of(cache, q);
            Situations situations = new Situations(frames.keys(), frames);
            ReferencePort port = new ReferencePort(record, classes);
            RandomPrograms generator = new RandomPrograms(random, classes, record);
            List<List<String>> batch = new ArrayList<>();
            batch.add(q.question().program());
            q.choices().forEach(c -> {
                List<String> full = new ArrayList<>(q.question().program());
                full.addAll(c.program());
                batch.add(full);
            });
            while (batch.size() < 102) {
                batch.add(generator.next());
            }
            for (List<String> program : batch) {
                StarExecutor.Result ours = executor.run(program, situations);
                String got = ours.error() != null ? "raise " + ours.error() : canon(ours.value());
                Object ref = port.run(program);
                String want = ref instanceof ReferencePort.RaisedResult r ? "raise " + r.message() : canon(ref);
                assertThat(got).as(q.question().qid() + " " + String.join(" ", program)).isEqualTo(want);
                outcomes.merge(got.startsWith("raise ") ? got.substring(0, got.indexOf(':')) : got.equals("'error'")
                        ? "error" : "value", 1, Integer::sum);
                programs++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("STAR differential: %d programs agree in %d ms; outcomes %s%n", programs, millis, outcomes);
        assertThat(programs).isGreaterThanOrEqualTo(10_000);
        // the generator reaches values, the reference's 'error' and Python exceptions alike
        assertThat(outcomes.keySet()).contains("value", "error", "raise KeyError", "raise TypeError");
    }

    /** One text for both sides' values: Python repr, a dict by its keys in order. */
    static String canon(Object v) {
        if (v instanceof Situations s) {
            return "{" + String.join(", ", s.keys()) + "}";
        }
        if (v instanceof Map<?, ?> m) {
            return "{" + String.join(", ", m.keySet().stream().map(String::valueOf).toList()) + "}";
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(StarLayoutsOnGraphTest::canon).toList()) + "]";
        }
        return v == null ? "None" : v instanceof String s ? "'" + s + "'" : String.valueOf(v);
    }

    @Test
    @Order(3)
    void releaseFileInAnEmptyFolderIngestsAndScoresLikeTheHomepageFile() throws IOException {
        Path release = Files.createDirectories(dir.resolve("empty")).resolve("STAR_val.json");
        StarReleaseRewrite.rewrite(HOMEPAGE, release, null);
        StarEvaluation before = StarEvaluation.run(engine, homepage, r -> { });
        assertThat(ingest(release).failed()).isFalse();
        List<StarQuestion> released = StarQuestionFile.read(release);
        StarEvaluation after = StarEvaluation.run(engine, released, r -> { });
        List<String> lines = after.lines();
        assertThat(lines.subList(lines.size() - 5, lines.size())).containsExactly(
                "Interaction  0.980 (49/50)", "Sequence     1.000 (23/23)", "Prediction   1.000 (10/10)",
                "Feasibility  0.563 (9/16)", "accuracy: 0.919 (91/99)");
        List<String> beforeLines = before.lines();
        assertThat(beforeLines.subList(beforeLines.size() - 5, beforeLines.size())).isEqualTo(lines.subList(lines.size() - 5, lines.size()));
        for (int i = 0; i < released.size(); i++) {
            StarRun x = before.runs().get(i);
            StarRun y = after.runs().get(i);
            assertThat(y.verdicts()).as(y.question().question().qid()).isEqualTo(x.verdicts());
            assertThat(y.result()).isEqualTo(x.result());
            assertThat(y.correct()).isEqualTo(x.correct());
        }
    }

    @Test
    @Order(4)
    void keyedByIdAndTestSplitFilesIngestFromEmptyFoldersAndABadQuestionNeverStopsTheRun() throws IOException {
        JsonNode all = JSON.readTree(HOMEPAGE.toFile());
        ObjectNode keyed = JSON.createObjectNode();
        all.forEach(r -> {
            if (r.get("video_id").asText().equals("TJZ0P")) {
                keyed.set(r.get("question_id").asText(), r.deepCopy());
            }
        });
        String broken = keyed.fieldNames().next();
        ((ObjectNode) keyed.get(broken)).set("program", JSON.valueToTree(List.of("Situations", "Query_Verbs")));
        Path keyedFile = Files.createDirectories(dir.resolve("keyed")).resolve("questions.json");
        JSON.writeValue(keyedFile.toFile(), keyed);
        assertThat(ingest(keyedFile).failed()).isFalse();
        StarEvaluation e = StarEvaluation.run(engine, StarQuestionFile.read(keyedFile), r -> { });
        assertThat(e.runs()).hasSize(keyed.size());
        assertThat(e.errors()).isEqualTo(1);
        assertThat(e.lines()).contains("ERROR " + broken + " (video TJZ0P): " + keyed.get(broken).get("question").asText(),
                "  error: TypeError: unhashable type: 'dict'", "  Situations -> " + e.runs().get(0).steps().get(0).output(),
                "  Query_Verbs -> raised TypeError: unhashable type: 'dict'", "errors: 1 (counted as wrong)");
        assertThat(e.lines().get(e.lines().size() - 1)).endsWith("/" + keyed.size() + ")");

        Path test = Files.createDirectories(dir.resolve("test")).resolve("STAR_test.json");
        StarReleaseRewrite.rewriteWithoutAnswers(HOMEPAGE, test, "TJZ0P");
        assertThat(ingest(test).failed()).isFalse();
        StarQuestionFile.Contents contents = StarQuestionFile.readAll(test, StarClasses.shipped());
        StarEvaluation t = StarEvaluation.run(engine, StarClasses.shipped(), contents.questions(), contents.errors(), r -> { });
        assertThat(t.lines()).containsExactly("ran " + keyed.size() + " questions, 0 errors (the file has no answers to score)");
    }

    private static Map<String, UnitContent> contents(Path file) {
        Map<String, UnitContent> out = new LinkedHashMap<>();
        for (IngestUnit unit : Sources.byName("star").units(List.of(file))) {
            out.put(unit.videoId(), unit.load("same"));
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
