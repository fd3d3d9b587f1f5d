package io.cotasks.app;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.StatementResult;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Stores;
import io.cotasks.store.model.AllenRelation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The perception commands end to end on the real pedestrian sample: {@code ingest --source video}, the four
 * CoTask operators of the DSL on the detected graph, {@code render}, {@code eval perception} and
 * {@code bench perception}.
 */
class PerceptionCommandsTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final Path VIDEO = SAMPLES.resolve("video/vtest_first10s_h264.mp4");

    @TempDir
    static Path dir;
    static Path db;
    static CliRun ingest;
    @BeforeAll
    static void ingestTheSample() {
        db = dir.resolve("db");
        Path missing = dir.resolve("missing.mp4");
        // the default detector (centernet), people only: the operators below follow person tracks
        ingest = CliRun.of("ingest", "--db", db.toString(), "--source", "video", "--classes", "person", "--workers", "2", "--id", "vtest",
                VIDEO.toString());
        CliRun bad = CliRun.of("ingest", "--db", db.toString(), "--source", "video", VIDEO.toString(), missing.toString());
        assertThat(bad.exit()).as("a missing input is reported before anything is read").isEqualTo(2);
        assertThat(bad.err().lines().toList()).containsExactly("error: " + missing + ": no such file or folder");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void ingestWritesTheDetectedVideo() {
        assertThat(ingest.exit()).isZero();
        assertThat(ingest.err()).isEqualTo("created a new cotasks database in " + db + "\n");
        assertThat(ingest.out()).startsWith("videos 1 (skipped 0 unchanged), entities ").contains(", failures 0,");
    }

    @Test
    void usageErrorsOfTheVideoSource() {
        CliRun twoIds = CliRun.of("ingest", "--db", db.toString(), "--source", "video", "--id", "x", VIDEO.toString(),
                VIDEO.toString());
        assertThat(twoIds.exit()).isEqualTo(2);
        assertThat(twoIds.err().strip()).isEqualTo("error: --id names one video, but 2 files were given");
        CliRun labelsOnly = CliRun.of("ingest", "--db", db.toString(), "--source", "video", "--labels", "coco.txt",
                VIDEO.toString());
        assertThat(labelsOnly.exit()).isEqualTo(2);
        assertThat(labelsOnly.err().strip()).isEqualTo("error: --labels needs --model");
        CliRun unknownClass = CliRun.of("ingest", "--db", db.toString(), "--source", "video", "--classes", "person,unicorn",
                VIDEO.toString());
        assertThat(unknownClass.exit()).isEqualTo(2);
        assertThat(unknownClass.err().strip()).startsWith("error: --classes: unknown class 'unicorn'");
        CliRun unknownDetector = CliRun.of("ingest", "--db", db.toString(), "--source", "video", "--detector", "yolo",
                VIDEO.toString());
        assertThat(unknownDetector.exit()).isEqualTo(2);
        assertThat(unknownDetector.err().strip()).startsWith("error: --detector: unknown detector 'yolo'");
        Path model = dir.resolve("yolo.onnx");
        CliRun badModel = CliRun.of("ingest", "--db", db.toString(), "--source", "video", "--model", model.toString(),
                "--labels", SAMPLES.resolve("video/README.md").toString(), VIDEO.toString());
        assertThat(badModel.exit()).isEqualTo(1);
        assertThat(badModel.err().strip()).isEqualTo("error: " + model + ": model file not found");
    }

    @Test
    void theFourCoTaskOperatorsAnswerOnTheDetectedGraph() {
        try (SceneGraphStore store = Stores.embedded(db)) {
            List<Map<String, Object>> visible = store.query("""
                    MATCH (:Video {id: 'vtest'})-[:HAS_EVENT]->(e:Event {predicate: 'visible'})
                    RETURN e.subjectTid AS track, e.begin AS begin, e.end AS end ORDER BY track""", Map.of()).rows();
            assertThat(visible).hasSizeGreaterThanOrEqualTo(2);
            long first = (Long) visible.get(0).get("track");
            long second = (Long) visible.get(1).get("track");
            QueryEngine q = QueryEngine.on(store);

            StatementResult localize = q.run("LOCALIZE (x#" + first + ")-[visible] IN VIDEO 'vtest'");
            assertThat(localize.rows()).hasSize(1);
            assertThat(localize.rows().get(0)).containsEntry("beginFrame", visible.get(0).get("begin"))
                    .containsEntry("endFrame", (Long) visible.get(0).get("end") - 1);

            StatementResult track = q.run("TRACK (x#" + first + ") IN VIDEO 'vtest'");
            assertThat(track.rows()).isNotEmpty().allSatisfy(r -> {
                assertThat(r).containsEntry("category", "person").containsEntry("track", first);
                assertThat((Long) r.get("frame") % 5).isZero();
            });
            List<Long> frames = track.rows().stream().map(r -> (Long) r.get("frame")).toList();
            assertThat(frames.get(0)).isEqualTo(visible.get(0).get("begin"));
            for (int i = 1; i < frames.size(); i++) {
                assertThat(frames.get(i) - frames.get(i - 1)).isEqualTo(5);
            }

            long frame = frames.get(0);
            StatementResult spatial = q.run("SPATIAL (x:person) IN VIDEO 'vtest' AT FRAME " + frame);
            long expectedSpatial = (Long) store.query("""
                    MATCH (:Video {id: 'vtest'})-[:HAS_EVENT]->(e:Event {kind: 'spatial'})
                    WHERE e.begin <= $frame AND e.end > $frame RETURN count(e) AS n""", Map.of("frame", frame))
                    .rows().get(0).get("n");
            assertThat(spatial.rows()).hasSize((int) expectedSpatial).allSatisfy(r ->
                    assertThat(r).containsEntry("subjectCategory", "person").containsEntry("objectCategory", "person"));

            StatementResult temporal = q.run("TEMPORAL e = (x:person)-[visible] IN VIDEO 'vtest'");
            AllenRelation expected = AllenRelation.of(
                    (Long) visible.get(0).get("begin"), (Long) visible.get(0).get("end"),
                    (Long) visible.get(1).get("begin"), (Long) visible.get(1).get("end"));
            // one row per pair of the tracks' visible events
            assertThat(temporal.rows()).hasSize(visible.size() * (visible.size() - 1) / 2);
            String firstLabel = "person#" + first + " visible";
            String secondLabel = "person#" + second + " visible";
            Map<String, Object> row = temporal.rows().stream()
                    .filter(r -> (r.get("a").toString().startsWith(firstLabel) && r.get("b").toString().startsWith(secondLabel))
                            || (r.get("a").toString().startsWith(secondLabel) && r.get("b").toString().startsWith(firstLabel)))
                    .findFirst().orElseThrow();
            boolean forward = row.get("a").toString().startsWith(firstLabel);
            assertThat(row.get("relation")).isEqualTo((forward ? expected : expected.inverse()).name());
        }
    }

    @Test
    void renderDrawsADecodedFrameAndATimeline() throws Exception {
        Path frame = dir.resolve("pictures/frame.png");
        CliRun drawn = CliRun.of("render", "--db", db.toString(), "--video", "vtest", "--frame", "42", "--file", VIDEO.toString(),
                "--out", frame.toString());
        assertThat(drawn.err()).isEmpty();
        assertThat(drawn.exit()).isZero();
        assertThat(drawn.out()).startsWith("wrote " + frame + ": 768x576, frame 40 (nearest with boxes to 42), ");
        BufferedImage image = ImageIO.read(frame.toFile());
        assertThat(image.getWidth()).isEqualTo(768);
        assertThat(image.getHeight()).isEqualTo(576);

        // without --file: the file the video was ingested from, as recorded on its node
        Path flagless = dir.resolve("pictures/flagless.png");
        CliRun recorded = CliRun.of("render", "--db", db.toString(), "--video", "vtest", "--frame", "42", "--out",
                flagless.toString());
        assertThat(recorded.err()).isEmpty();
        assertThat(recorded.out()).startsWith("wrote " + flagless + ": 768x576, frame 40 (nearest with boxes to 42), ");
        assertThat(Files.readAllBytes(flagless)).isEqualTo(Files.readAllBytes(frame));

        Path timeline = dir.resolve("timeline.png");
        CliRun line = CliRun.of("render", "--db", db.toString(), "--video", "vtest", "--timeline", "--out", timeline.toString());
        assertThat(line.exit()).isZero();
        assertThat(line.out()).startsWith("wrote " + timeline + ": 1200x");
        assertThat(ImageIO.read(timeline.toFile()).getWidth()).isEqualTo(1200);
    }

    @Test
    void renderErrorsAreOneLine() throws Exception {
        Path out = dir.resolve("x.png");
        CliRun both = CliRun.of("render", "--db", db.toString(), "--video", "vtest", "--frame", "1", "--file", "a.mp4",
                "--frames", "dir", "--out", out.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("error: --frame takes --file VIDEO or --frames DIR, not both");
        CliRun unknown = CliRun.of("render", "--db", db.toString(), "--video", "nope", "--timeline", "--out", out.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().strip()).startsWith("error: video 'nope' is not in ");
        Path copy = dir.resolve("moved/vtest.mp4");
        try {
            Files.createDirectories(copy.getParent());
            Files.copy(VIDEO, copy);
            try (SceneGraphStore store = Stores.embedded(db)) {
                VideoSourceFile.record(store, "vtest", copy);
            }
            Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() - 60_000));
            CliRun changed = CliRun.of("render", "--db", db.toString(), "--video", "vtest", "--frame", "1", "--out", out.toString());
            assertThat(changed.exit()).isEqualTo(2);
            assertThat(changed.err()).isEqualTo("error: video 'vtest' was ingested from " + copy.toAbsolutePath()
                    + ", which has changed since (size or modification time): re-ingest it or pass --file VIDEO\n");
            Files.delete(copy);
            CliRun gone = CliRun.of("render", "--db", db.toString(), "--video", "vtest", "--frame", "1", "--out", out.toString());
            assertThat(gone.exit()).isEqualTo(2);
            assertThat(gone.err()).isEqualTo("error: video 'vtest' was ingested from " + copy.toAbsolutePath()
                    + ", which is gone: pass --file VIDEO\n");
        } finally {
            try (SceneGraphStore store = Stores.embedded(db)) {
                VideoSourceFile.record(store, "vtest", VIDEO);
            }
        }
        CliRun timelineAndFrame = CliRun.of("render", "--db", db.toString(), "--video", "vtest", "--timeline", "--frame", "3",
                "--out", out.toString());
        assertThat(timelineAndFrame.exit()).isEqualTo(2);
    }

    @Test
    void evalPerceptionPrintsTheSweepOnStarKeyframes() {
        CliRun eval = CliRun.of("eval", "perception", "--star", SAMPLES.resolve("star/homepage").toString(),
                "--detectors", "centernet,hog", "--thresholds", "0.3,0.5");
        assertThat(eval.exit()).isZero();
        List<String> lines = eval.out().lines().toList();
        assertThat(lines.get(0)).startsWith("centernet on 3 STAR keyframes (");
        assertThat(lines).contains("| score >= | person boxes | detections | true positives | recall | precision |",
                "| STAR class | COCO counterparts | centernet | hog |");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("| 0.30 (own) | 2 | "));
        assertThat(lines.get(lines.size() - 2)).matches("centernet: person recall \\d\\.\\d\\d precision \\d\\.\\d\\d \\(IoU 0\\.5, score >= 0\\.3\\)");
        assertThat(lines.get(lines.size() - 1)).matches("hog: person recall \\d\\.\\d\\d precision \\d\\.\\d\\d \\(IoU 0\\.5, score >= 0\\.5\\)");
    }

    @Test
    void benchPerceptionReportsEveryFrameAndSampledRuns() {
        CliRun bench = CliRun.of("bench", "perception", "--video", VIDEO.toString(), "--detectors", "centernet,hog",
                "--parallel", "1");
        assertThat(bench.exit()).isZero();
        assertThat(bench.out()).contains("| decode only | 1 | 100 | 0 | 0 |",
                "| centernet: detect on every frame | 1 | 100 | 100 |", "| centernet: detect at 2 fps | 1 | 100 | 20 |",
                "| hog: detect on every frame | 1 | 100 | 100 |", "| hog: detect at 2 fps | 1 | 100 | 20 |")
                .containsPattern("centernet: first detection \\(\\d+ boxes on frame 0\\) [0-9.]+ s after loading began")
                .doesNotContain("videos at once");
    }
}
