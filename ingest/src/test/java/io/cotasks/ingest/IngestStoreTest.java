package io.cotasks.ingest;

import io.cotasks.ingest.sources.Sources;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.StoreStats;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real files into a real embedded Neo4j, through the worker pool. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestStoreTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final Path SHARED = Path.of(System.getProperty("cotasks.shared", "../../shared/data"));
    static final IngestRunner.Options TWO = new IngestRunner.Options(2, false, false, Shard.ALL);

    @TempDir
    static Path dir;
    static SceneGraphStore store;

    @BeforeAll
    static void open() {
        store = TestStores.embedded(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static IngestReport ingest(String source, Path... paths) {
        return IngestRunner.run(store, Sources.byName(source).units(List.of(paths)), TWO);
    }

    static long count(String cypher, String videoId) {
        return ((Number) store.query(cypher, Map.of("id", videoId)).rows().get(0).get("n")).longValue();
    }

    @Test
    @Order(1)
    void vidorVideosLoadWithExactCounts() {
        IngestReport report = ingest("vidor", SAMPLES.resolve("vidor/annotations"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.videos()).isEqualTo(2);
        for (var expected : List.of(List.of("2793806282", 6L, 5_121L, 40L), List.of("11566930393", 3L, 2_249L, 15L))) {
            String id = (String) expected.get(0);
            assertThat(count("MATCH (:Video {id: $id})-[:HAS_ENTITY]->(e:Entity) RETURN count(e) AS n", id)).isEqualTo(expected.get(1));
            assertThat(count("MATCH (e:Entity {videoId: $id})-[b:IN_FRAME]->(:Frame) RETURN count(b) AS n", id)).isEqualTo(expected.get(2));
            assertThat(count("MATCH (:Video {id: $id})-[:HAS_EVENT]->(e:Event {source: 'annotation'}) RETURN count(e) AS n", id))
                    .isEqualTo(expected.get(3));
        }
        assertThat(count("MATCH (:Video {id: $id})-[:HAS_EVENT]->(e:Event {source: 'derived'}) RETURN count(e) AS n", "2793806282"))
                .isEqualTo(96);
    }

    @Test
    @Order(2)
    void reRunningAnIngestLeavesIdenticalStats() {
        StoreStats before = store.stats();
        IngestReport again = ingest("vidor", SAMPLES.resolve("vidor/annotations"));
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.videos()).isZero();
        assertThat(store.stats()).isEqualTo(before);
        // even without the hash shortcut, writing the same graphs again changes nothing
        store.write("MATCH (v:Video) SET v.contentHashes = []", Map.of());
        IngestReport rewritten = ingest("vidor", SAMPLES.resolve("vidor/annotations"));
        assertThat(rewritten.videos()).isEqualTo(2);
        assertThat(store.stats()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void starQuestionsLoadWithTheirSituationGraphs() {
        IngestReport report = ingest("star", SAMPLES.resolve("star/homepage/sel_examples.json"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.videos()).isEqualTo(4);
        assertThat(report.questions()).isEqualTo(99);
        assertThat(count("MATCH (q:Question {dataset: 'star'})-[:ABOUT]->(v:Video)-[:HAS_ENTITY]->() "
                + "WHERE $id = $id RETURN count(DISTINCT q) AS n", "")).isEqualTo(99);
        var row = store.query("MATCH (q:Question {qid: 'Interaction_T1_6511'}) RETURN q.answer AS answer, q.answerIndex AS idx, "
                + "q.program AS program, q.spans AS spans", Map.of()).rows().get(0);
        assertThat(row.get("answer")).isEqualTo("The sandwich.");
        assertThat(row.get("idx")).isEqualTo(1L);
        assertThat(row.get("program")).isEqualTo(List.of("Situations", "Actions", "put", "Filter_Actions_with_Verb", "Unique", "Query_Objs"));
        assertThat(row.get("spans")).isEqualTo(List.of(14.2, 20.7));
        // the answer's action: the person puts the sandwich (c068 -> a053), 14.2 s..20.7 s at 23.976 fps
        var put = store.query("MATCH (:Entity {uid: 'LEG82#0'})<-[:SUBJECT]-(e:Event {label: 'a053'})-[:OBJECT]->(o:Entity) "
                + "RETURN e.predicate AS p, o.category AS o, e.begin AS b, e.end AS e", Map.of()).rows();
        assertThat(put).containsExactly(Map.of("p", "put", "o", "sandwich", "b", 340L, "e", 497L));
    }

    @Test
    @Order(4)
    void nextQaMultipleChoiceValLoadsEveryQuestion() {
        IngestReport report = ingest("nextqa", SHARED.resolve("nextqa/NExT-QA_mc/val.csv"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.questions()).isEqualTo(4_996);
        assertThat(count("MATCH (q:Question {dataset: 'nextqa-mc'}) WHERE $id = $id RETURN count(q) AS n", "")).isEqualTo(4_996);
        assertThat(count("MATCH (q:Question {dataset: 'nextqa-mc'})-[:ABOUT]->(v:Video) WHERE $id = $id RETURN count(DISTINCT v) AS n", ""))
                .isEqualTo(570);
        // the annotated video keeps its VidOR fps; a video without a graph gets the CSV's frame count and size
        assertThat(store.query("MATCH (v:Video {id: '2793806282'}) RETURN v.fps AS fps", Map.of()).rows().get(0).get("fps"))
                .isEqualTo(29.96969696969697);
        assertThat(store.query("MATCH (v:Video {id: '4010069381'}) RETURN v.frameCount AS f, v.width AS w", Map.of()).rows())
                .containsExactly(Map.of("f", 369L, "w", 640L));
    }

    @Test
    @Order(5)
    void vidstgDevAndValLoadCompletely() {
        Path vidstg = SHARED.resolve("vidor/VidSTG");
        IngestReport report = ingest("vidstg", vidstg.resolve("test_annotations_dev.json"), vidstg.resolve("val_annotations.json"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.videos() + report.skipped()).isEqualTo(271 + 602);
        assertThat(count("MATCH (v:Video) WHERE any(h IN v.contentHashes WHERE h STARTS WITH 'vidstg:') "
                + "AND $id = $id RETURN count(v) AS n", "")).isEqualTo(271 + 602);
    }

    @Test
    @Order(6)
    void aCorruptFileIsReportedByNameAndTheGoodOnesComplete(@TempDir Path folder) throws Exception {
        Path vidor = SAMPLES.resolve("vidor/annotations");
        String good = Files.readString(vidor.resolve("11566930393.json"));
        Files.writeString(folder.resolve("11566930393.json"), good);
        Files.writeString(folder.resolve("9000000001.json"), good.replace("\"video_id\":\"11566930393\"", "\"video_id\":\"9000000001\""));
        Files.writeString(folder.resolve("9000000002.json"), good.substring(0, good.length() / 2));
        store.write("MATCH (v:Video {id: '11566930393'}) SET v.contentHashes = []", Map.of());
        IngestReport report = ingest("vidor", folder);
        assertThat(report.failures()).hasSize(1);
        assertThat(report.failures().get(0)).startsWith(folder.resolve("9000000002.json") + ":").contains("malformed JSON");
        assertThat(report.videos()).isEqualTo(2);
        assertThat(count("MATCH (e:Entity {videoId: $id})-[b:IN_FRAME]->() RETURN count(b) AS n", "9000000001")).isEqualTo(2_249);
        assertThat(count("MATCH (v:Video {id: $id}) RETURN count(v) AS n", "9000000002")).isZero();
    }

    @Test
    @Order(7)
    void goldenGqaSpansAndVidstgCaptionsAttachToTheAnnotatedVideos() {
        Path golden = SAMPLES.resolve("golden_nextqa_vidor");
        assertThat(ingest("nextqa", golden.resolve("nextgqa_val_2videos.csv")).failures()).isEmpty();
        var q = store.query("MATCH (q:Question {uid: 'nextqa-gqa#2793806282#4'}) RETURN q.spans AS spans, q.answerIndex AS i, "
                + "q.answer AS a, q.choices[q.answerIndex] AS c", Map.of()).rows().get(0);
        assertThat(q.get("spans")).isEqualTo(List.of(23.5, 25.7, 48.3, 54.6));
        assertThat(q.get("c")).isEqualTo(q.get("a"));
        assertThat(ingest("vidstg", golden.resolve("vidstg_2videos.json")).failures()).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> captions = (List<String>) store.query("MATCH (v:Video {id: '11566930393'}) RETURN v.captions AS c", Map.of())
                .rows().get(0).get("c");
        assertThat(captions).contains("a child in green is holding the toy.", "Q: who is holding the toy?");
        // each record's own sentences sit on the event it annotates
        var texts = store.query("MATCH (e:Event {videoId: '11566930393', predicate: 'next_to', subjectTid: 1}) "
                + "WHERE e.texts IS NOT NULL RETURN e.begin AS b, e.texts AS t", Map.of()).rows();
        assertThat(texts).containsExactly(Map.of("b", 240L, "t", List.of("there is a toy next to a child.", "Q: what is next to the child?")));
    }

    @Test
    @Order(8)
    void charadesRowsBecomeActionEventsOfThePerson() {
        IngestReport report = ingest("charades", SAMPLES.resolve("star/charades/Charades_v1_star_videos.csv"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.units()).isEqualTo(4);
        // LEG82 has 15 Charades actions; c153 has no STAR action and keeps its label
        assertThat(count("MATCH (:Video {id: $id})-[:HAS_EVENT]->(e:Event)-[:SUBJECT]->(:Entity {trackId: 0}) "
                + "WHERE e.label =~ '[ac][0-9]{3}' RETURN count(e) AS n", "LEG82")).isEqualTo(15);
        assertThat(store.query("MATCH (e:Event {videoId: 'LEG82', label: 'c153'}) RETURN e.predicate AS p, e.begin AS b",
                Map.of()).rows()).containsExactly(Map.of("p", "sneezing", "b", 376L));
    }

    @Test
    void shardsSplitTheVideosDisjointlyAndCompletely() {
        List<IngestUnit> units = Sources.byName("vidstg").units(List.of(SHARED.resolve("vidor/VidSTG/val_annotations.json")));
        long zero = units.stream().filter(u -> Shard.parse("0/2").accepts(u.videoId())).count();
        long one = units.stream().filter(u -> Shard.parse("1/2").accepts(u.videoId())).count();
        assertThat(zero + one).isEqualTo(602);
        assertThat(zero).isBetween(250L, 352L);
    }
}
