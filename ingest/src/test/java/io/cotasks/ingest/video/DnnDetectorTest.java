package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

class DnnDetectorTest {

    @TempDir
    Path dir;

    private Path classes(String... names) throws Exception {
        return Files.writeString(dir.resolve("classes.txt"), String.join("\n", names) + "\n");
    }

    @Test
    void aTinyValidOnnxModelLoadsRunsAndDecodesToItsKnownBox() throws Exception {
        // 32x32 input; every anchor says: a box centred at (16, 16), 8x16, class 1 ("car") with score 0.9
        Path model = Files.write(dir.resolve("tiny.onnx"),
                TinyOnnx.yolov8(32, new float[] {16, 16, 8, 16, 0.1f, 0.9f, 0.2f}));
        Path names = classes("person", "car", "dog");
        try (DnnDetector detector = DnnDetector.load(model, names, 32, 0.25, 0.45);
             Mat image = new Mat(64, 128, CV_8UC3, new Scalar(90, 120, 30, 0))) {
            assertThat(detector.name()).isEqualTo("tiny.onnx");
            assertThat(detector.classes()).containsExactly("person", "car", "dog");
            List<Detection> found = detector.detect(image);
            assertThat(found).hasSize(1);
            Detection d = found.get(0);
            assertThat(d.category()).isEqualTo("car");
            assertThat(d.score()).isCloseTo(0.9, within(1e-6));
            // network pixels scaled back to the 128x64 image: x by 4, y by 2
            assertThat(d.x1()).isCloseTo(48, within(1e-3));
            assertThat(d.x2()).isCloseTo(80, within(1e-3));
            assertThat(d.y1()).isCloseTo(16, within(1e-3));
            assertThat(d.y2()).isCloseTo(48, within(1e-3));
        }
    }

    @Test
    void scoresBelowTheThresholdAreDropped() throws Exception {
        Path model = Files.write(dir.resolve("tiny.onnx"), TinyOnnx.yolov8(32, new float[] {16, 16, 8, 8, 0.2f}));
        try (DnnDetector detector = DnnDetector.load(model, classes("person"), 32, 0.25, 0.45);
             Mat image = new Mat(32, 32, CV_8UC3, new Scalar(0, 0, 0, 0))) {
            assertThat(detector.detect(image)).isEmpty();
        }
    }

    @Test
    void aClassListThatDoesNotFitTheOutputIsOneLineNamingTheModel() throws Exception {
        Path model = Files.write(dir.resolve("tiny.onnx"), TinyOnnx.yolov8(32, new float[] {16, 16, 8, 8, 0.9f}));
        try (DnnDetector detector = DnnDetector.load(model, classes("person", "car"), 32, 0.25, 0.45);
             Mat image = new Mat(32, 32, CV_8UC3, new Scalar(0, 0, 0, 0))) {
            assertThatThrownBy(() -> detector.detect(image)).isInstanceOf(IngestException.class)
                    .hasMessage(model + ": output shape [5, 1024] fits neither YOLOv8 [4+2, N] nor YOLOv5 [N, 5+2]"
                            + " for the 2 classes of the class list");
        }
    }

    @Test
    void filesThatDoNotLoadFailWithOneLineNamingTheFile() throws Exception {
        Path names = classes("person");
        Path text = Files.writeString(dir.resolve("yolo.onnx"), "not a model\n");
        Path missing = dir.resolve("missing.onnx");
        Path noClasses = dir.resolve("missing.txt");
        Path emptyClasses = Files.writeString(dir.resolve("empty.txt"), "\n\n");
        Map<Supplier<DnnDetector>, String> expected = new LinkedHashMap<>();
        expected.put(() -> DnnDetector.load(text, names, 640, 0.25, 0.45),
                text + ": cannot load ONNX model (Failed to parse ONNX model: " + text + ")");
        expected.put(() -> DnnDetector.load(missing, names, 640, 0.25, 0.45), missing + ": model file not found");
        expected.put(() -> DnnDetector.load(text, noClasses, 640, 0.25, 0.45), noClasses + ": class list not found");
        expected.put(() -> DnnDetector.load(text, emptyClasses, 640, 0.25, 0.45),
                emptyClasses + ": class list is empty (one class name per line)");
        expected.forEach((load, message) ->
                assertThatThrownBy(load::get).isInstanceOf(IngestException.class).hasMessage(message));
    }

    @Test
    void theHogDetectorFindsUprightPeopleWithScoresInRange() {
        try (VideoDecoder decoder = VideoDecoder.open(TestVideos.vtest()); Detector hog = DetectorSpec.hog().create()) {
            int[] people = {0};
            decoder.decode(index -> index == 50, 0, (index, bgr) -> {
                List<Detection> found = hog.detect(bgr);
                people[0] = found.size();
                assertThat(found).allSatisfy(d -> {
                    assertThat(d.category()).isEqualTo("person");
                    assertThat(d.score()).isBetween(0.5, 1.0);
                    assertThat(d.height()).isGreaterThanOrEqualTo(128.0);
                });
            });
            assertThat(people[0]).isBetween(2, 12);
        }
    }
}
