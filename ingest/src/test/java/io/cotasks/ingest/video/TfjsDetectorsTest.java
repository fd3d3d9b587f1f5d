package io.cotasks.ingest.video;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.ingest.IngestException;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;

/**
 * The shipped TensorFlow.js models in TensorFlow Java: output parity with TensorFlow.js, JavaCV decoding
 * and TensorFlow inference in one JVM, a real STAR keyframe, and damaged model files. The models load
 * once per JVM ({@link TfjsModel#shared}).
 */
class TfjsDetectorsTest {

    static final Path ROOT = Path.of(System.getProperty("cotasks.root"));
    static final double TOLERANCE = 1e-3;

    static CenterNetDetector centernet;
    static MoveNetDetector movenet;

    @BeforeAll
    static void load() {
        centernet = (CenterNetDetector) DetectorSpec.centernet().create();
        movenet = (MoveNetDetector) DetectorSpec.movenet().create();
    }

    /** Reference: ingest/src/test/tfjs-parity/generate.mjs, tfjs-core 4.22 CPU backend, same PNG bytes. */
    @Test
    void outputsMatchTensorFlowJsOnRealFrames() throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/tfjs-parity/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        assertThat(expected.path("frames").size()).isEqualTo(3);
        for (JsonNode frame : expected.path("frames")) {
            try (Mat image = imread(ROOT.resolve(frame.path("frame").asText()).toString())) {
                assertThat(image.cols()).isEqualTo(frame.path("width").asInt());
                assertThat(image.rows()).isEqualTo(frame.path("height").asInt());
                // centernet's box columns are pixels of its 512x512 input: compared, like its scores, in Human's
                // normalised units (boxRaw = pixels / 512); movenet's outputs are normalised already
                assertClose(frame.path("frame").asText() + " centernet", centernet.raw(image), frame.path("centernet"),
                        new double[] {512, 512, 512, 512, 1, 1});
                assertClose(frame.path("frame").asText() + " movenet", movenet.raw(image), frame.path("movenet"), null);
            }
        }
    }

    private static void assertClose(String what, float[][] actual, JsonNode expected, double[] scale) {
        assertThat(actual.length).as(what + " rows").isEqualTo(expected.size());
        double worst = 0;
        for (int r = 0; r < actual.length; r++) {
            assertThat(actual[r].length).as(what + " columns").isEqualTo(expected.get(r).size());
            for (int c = 0; c < actual[r].length; c++) {
                double unit = scale == null ? 1 : scale[c];
                worst = Math.max(worst, Math.abs(actual[r][c] - expected.get(r).get(c).asDouble()) / unit);
            }
        }
        assertThat(worst).as(what + ": largest difference from TensorFlow.js").isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void javaCvDecodingAndTensorFlowRunInOneJvm() throws IOException {
        // one javacpp for both: the parent pom pins JavaCV's 1.5.13 over TensorFlow Java's 1.5.11
        assertThat(Loader.getVersion()).isEqualTo("1.5.13");
        List<Integer> peoplePerFrame = new ArrayList<>();
        try (VideoDecoder decoder = VideoDecoder.open(TestVideos.vtest())) {
            decoder.decode(Sampling.atFps(1), 0, (index, bgr) -> peoplePerFrame.add((int) centernet.detect(bgr).stream()
                    .filter(d -> d.category().equals("person")).count()));
        }
        // 10 s of OpenCV's pedestrian clip at 1 fps: several walkers in every sampled frame
        assertThat(peoplePerFrame).hasSize(10).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    }

    @Test
    void onAStarKeyframeTheDefaultDetectorFindsThePersonAndAnAnnotatedObject() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(getClass().getResource("/star-keyframe/LEG82-000233.json"));
        List<Detection> found;
        try (Mat image = imread(Path.of(getClass().getResource("/star-keyframe/LEG82-000233.png").getPath()).toString())) {
            found = DetectorSpec.centernet().create().detect(image);
        }
        List<String> hits = new ArrayList<>();
        for (JsonNode box : truth.path("boxes")) {
            String label = box.path("label").asText();
            Set<String> categories = StarKeyframes.COCO.getOrDefault(label, Set.of()).stream()
                    .map(CocoVocabulary.standard()::categoryOf).collect(java.util.stream.Collectors.toSet());
            JsonNode b = box.path("bbox");
            boolean hit = found.stream().anyMatch(d -> categories.contains(d.category())
                    && Detection.iou(d.x1(), d.y1(), d.x2(), d.y2(), b.get(0).asDouble(), b.get(1).asDouble(),
                    b.get(2).asDouble(), b.get(3).asDouble()) >= DetectionEvaluation.IOU);
            if (hit) {
                hits.add(label);
            }
        }
        assertThat(hits).contains("person");
        assertThat(hits).filteredOn(l -> !l.equals("person")).isNotEmpty();
    }

    @Test
    void movenetGivesPeopleWithSeventeenKeypointsInsideTheFrame() {
        try (Mat image = imread(ROOT.resolve("samples/star/homepage/keyframes/0BNML/000072.png").toString())) {
            List<Detection> people = movenet.detect(image);
            assertThat(people).isNotEmpty().allSatisfy(p -> {
                assertThat(p.category()).isEqualTo("person");
                assertThat(p.keypoints()).hasSize(17).allSatisfy(k -> {
                    assertThat(k.x()).isBetween(0.0, (double) image.cols());
                    assertThat(k.y()).isBetween(0.0, (double) image.rows());
                });
            });
        }
    }

    @Test
    void classesKeepOnlyTheChosenCategories() {
        try (Mat image = imread(Path.of(getClass().getResource("/star-keyframe/LEG82-000233.png").getPath()).toString())) {
            List<Detection> all = DetectorSpec.centernet().withScoreThreshold(0.1).create().detect(image);
            List<Detection> people = DetectorSpec.centernet().withScoreThreshold(0.1)
                    .withClasses(List.of("person")).create().detect(image);
            assertThat(all).extracting(Detection::category).contains("person").hasSizeGreaterThan(people.size());
            assertThat(people).isNotEmpty().extracting(Detection::category).containsOnly("person");
        }
    }

    @Test
    void aMissingOrDamagedModelFileIsOneLineNamingIt(@TempDir Path dir) throws IOException {
        for (String name : List.of("movenet-multipose.json", "movenet-multipose.bin")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ShippedModel.RESOURCES + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        byte[] weights = Files.readAllBytes(dir.resolve("movenet-multipose.bin"));
        Files.write(dir.resolve("movenet-multipose.bin"), java.util.Arrays.copyOf(weights, weights.length / 2));
        assertThatThrownBy(() -> TfjsModel.load(ShippedModel.MOVENET, dir, MoveNetDetector::inputStage))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(dir.resolve("movenet-multipose.bin") + ": model file corrupt (sha256 ")
                .hasMessageEndingWith("use --detector hog to run without it)")
                .hasMessageNotContaining("\n");
        Files.delete(dir.resolve("movenet-multipose.json"));
        assertThatThrownBy(() -> TfjsModel.load(ShippedModel.MOVENET, dir, MoveNetDetector::inputStage))
                .isInstanceOf(IngestException.class)
                .hasMessage(dir.resolve("movenet-multipose.json") + ": model file missing (use --detector hog to run without it)");
    }
}
