package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.store.QueryResult;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --source video} through the shared ingest workers into a real embedded Neo4j: the good video is
 * written in one transaction, each bad file fails alone with one line, and the detected graph answers the
 * four CoTask operators (asserted here in Cypher; the DSL is exercised by the app's tests).
 */
class VideoIngestTest {

    /** The default detector (centernet), people only: these tests follow person tracks. */
    static final PerceptionOptions PEOPLE = PerceptionOptions.defaults()
            .withDetector(io.cotasks.ingest.video.DetectorSpec.centernet().withClasses(List.of("person")));

    @TempDir
    static Path dir;
    static SceneGraphStore store;
    static IngestReport report;
    static VideoGraph expected;
    static Path missing;
    static Path text;

    @BeforeAll
    static void ingest() throws Exception {
        store = TestStores.embedded(dir);
        missing = dir.resolve("missing.mp4");
        text = Files.writeString(dir.resolve("notes.avi"), "not a video\n");
        VideoSourceAdapter adapter = VideoSourceAdapter.create(PEOPLE, null, false);
        report = IngestRunner.run(store, adapter.units(List.of(TestVideos.vtest(), missing, text)),
                new IngestRunner.Options(2, false, false, Shard.ALL));
        expected = PerceptionPipeline.create(PEOPLE)
                .perceive(TestVideos.vtest(), "vtest_first10s_h264").graph();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, Object>> rows(String cypher, Map<String, Object> params) {
        QueryResult result = store.query(cypher, params);
        return result.rows();
    }

    @Test
    void movenetPeopleCarryTheirSeventeenKeypointsOnEveryDetectedBox() throws Exception {
        // the clip's walkers are small for MoveNet's 256x256 input: their person scores are 0.15-0.33
        PerceptionOptions movenet = PerceptionOptions.defaults().withDetector(DetectorSpec.movenet().withScoreThreshold(0.15));
        // a copy under its own name: the same file under a second video id would be a changed origin, which
        // withdraws the first video (re-ingest semantics, docs/schema.md)
        Path copy = Files.copy(TestVideos.vtest(), dir.resolve("vtest-pose.mp4"), StandardCopyOption.REPLACE_EXISTING);
        IngestReport r = IngestRunner.run(store, VideoSourceAdapter.create(movenet, "vtest-pose", false)
                .units(List.of(copy)), new IngestRunner.Options(1, false, false, Shard.ALL));
        assertThat(r.videos()).isEqualTo(1);
        List<Map<String, Object>> boxes = rows("""
                MATCH (:Video {id: 'vtest-pose'})-[:HAS_ENTITY]->(e:Entity)-[b:IN_FRAME]->(:Frame)
                RETURN e.category AS category, b.generated AS generated, b.keypoints AS keypoints, b.x1 AS x1, b.x2 AS x2""", Map.of());
        assertThat(boxes).isNotEmpty().allSatisfy(b -> assertThat(b).containsEntry("category", "person"));
        List<Map<String, Object>> detected = boxes.stream().filter(b -> !(Boolean) b.get("generated")).toList();
        assertThat(detected).isNotEmpty().allSatisfy(b -> {
            List<Double> k = ((List<?>) b.get("keypoints")).stream().map(v -> ((Number) v).doubleValue()).toList();
            assertThat(k).hasSize(51);
            for (int i = 0; i < 17; i++) {
                assertThat(k.get(3 * i)).isBetween(0.0, 768.0);
                assertThat(k.get(3 * i + 1)).isBetween(0.0, 576.0);
                assertThat(k.get(3 * i + 2)).isBetween(0.0, 1.0);
            }
        });
        assertThat(boxes.stream().filter(b -> (Boolean) b.get("generated")))
                .allSatisfy(b -> assertThat(b.get("keypoints")).isNull());
    }

    @Test
    void goodVideoIsWrittenAndEachBadFileFailsAloneWithOneLine() {
        assertThat(report.videos()).isEqualTo(1);
        assertThat(report.failures()).containsExactly(
                missing + ": video file not found",
                text + ": not a readable video (Invalid data found when processing input)");
        assertThat(rows("MATCH (v:Video {id: 'vtest_first10s_h264'}) RETURN v.id AS id", Map.of()))
                .extracting(r -> r.get("id")).containsExactly("vtest_first10s_h264");
        assertThat(report.entities()).isEqualTo(expected.entities().size());
        assertThat(report.boxes()).isEqualTo(expected.boxes().size());
    }

    @Test
    void twoFilesWithTheSameNameAreNotMergedIntoOneVideo() {
        Path other = dir.resolve("copy/vtest_first10s_h264.mp4");
        List<io.cotasks.ingest.IngestUnit> units = VideoSourceAdapter.create(PEOPLE, null, false)
                .units(List.of(TestVideos.vtest(), other));
        assertThat(units).extracting(io.cotasks.ingest.IngestUnit::videoId)
                .containsExactly("vtest_first10s_h264", "vtest_first10s_h264");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> units.get(1).load())
                .isInstanceOf(io.cotasks.ingest.IngestException.class)
                .hasMessage(other + ": video id 'vtest_first10s_h264' is already taken by " + TestVideos.vtest()
                        + " (rename the file or ingest it alone with --id)");
    }

    @Test
    void videoNodeCarriesTheStreamFacts() {
        Map<String, Object> v = rows("MATCH (v:Video {id: $id}) RETURN v.fps AS fps, v.frameCount AS frames, "
                + "v.width AS w, v.height AS h, v.dataset AS dataset", Map.of("id", "vtest_first10s_h264")).get(0);
        assertThat(v).containsEntry("fps", 10.0).containsEntry("frames", 100L).containsEntry("w", 768L)
                .containsEntry("h", 576L).containsEntry("dataset", "video");
    }

    @Test
    void sourceVideoIsRegisteredAndAnUnchangedVideoIsSkipped() {
        assertThat(Sources.names()).contains("video");
        assertThat(Sources.byName("video")).isInstanceOf(VideoSourceAdapter.class);
        IngestReport again = IngestRunner.run(store,
                VideoSourceAdapter.create(PEOPLE, null, false).units(List.of(TestVideos.vtest())),
                IngestRunner.Options.defaults());
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.videos()).isZero();
    }

    @Test
    void entityTrackingFollowsOneDetectedPersonFrameByFrame() {
        int track = expected.entities().get(0).trackId();
        List<Map<String, Object>> boxes = rows("""
                MATCH (:Video {id: $id})-[:HAS_ENTITY]->(e:Entity {trackId: $track})-[b:IN_FRAME]->(f:Frame)
                RETURN e.category AS category, e.source AS source, f.index AS frame, b.x1 AS x1
                ORDER BY frame""", Map.of("id", "vtest_first10s_h264", "track", track));
        List<Long> expectedFrames = expected.boxes().stream().filter(b -> b.trackId() == track)
                .map(b -> (long) b.frame()).sorted().toList();
        assertThat(boxes).extracting(r -> r.get("frame")).containsExactlyElementsOf(expectedFrames);
        assertThat(boxes).allSatisfy(r -> {
            assertThat(r).containsEntry("category", "person").containsEntry("source", "detected");
        });
    }

    @Test
    void frameLocalizationFindsWhenEachPersonIsVisible() {
        List<Map<String, Object>> spans = rows("""
                MATCH (:Video {id: $id})-[:HAS_EVENT]->(ev:Event {predicate: 'visible'})-[:SUBJECT]->(e:Entity)
                RETURN e.trackId AS track, ev.begin AS begin, ev.end AS end ORDER BY track""",
                Map.of("id", "vtest_first10s_h264"));
        assertThat(spans).hasSize(expected.entities().size());
        expected.events().stream().filter(e -> e.predicate().equals("visible")).forEach(e ->
                assertThat(spans).contains(Map.of("track", (long) e.subjectTid(), "begin", (long) e.begin(),
                        "end", (long) e.end())));
    }

    @Test
    void spatialRelationsBetweenDetectedPeopleAreDerivedFromTheirBoxes() {
        List<Map<String, Object>> relations = rows("""
                MATCH (:Video {id: $id})-[:HAS_EVENT]->(ev:Event {kind: 'spatial'})-[:SUBJECT]->(s:Entity),
                      (ev)-[:OBJECT]->(o:Entity)
                RETURN s.trackId AS s, ev.predicate AS p, o.trackId AS o, ev.source AS source""",
                Map.of("id", "vtest_first10s_h264"));
        long derived = expected.events().stream().filter(e -> e.kind().key().equals("spatial")).count();
        assertThat(relations).hasSize((int) derived).isNotEmpty()
                .allSatisfy(r -> assertThat(r).containsEntry("source", "derived"));
    }

    @Test
    void temporalRelationsLinkTheDetectedEvents() {
        List<Map<String, Object>> allen = rows("""
                MATCH (:Video {id: $id})-[:HAS_EVENT]->(a:Event {predicate: 'visible'}),
                      (a)-[r]->(b:Event {predicate: 'visible'})
                RETURN a.subjectTid AS a, type(r) AS relation, b.subjectTid AS b""",
                Map.of("id", "vtest_first10s_h264"));
        int people = expected.entities().size();
        assertThat(allen).hasSize(people * (people - 1) / 2);
        assertThat(allen).extracting(r -> r.get("relation")).allSatisfy(t ->
                assertThat(io.cotasks.store.Schema.ALLEN_TYPES).contains((String) t));
    }
}
