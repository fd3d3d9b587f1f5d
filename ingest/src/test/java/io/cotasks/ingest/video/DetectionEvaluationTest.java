package io.cotasks.ingest.video;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DetectionEvaluationTest {

    static final Path STAR = Path.of(System.getProperty("cotasks.samples"), "star", "homepage");

    private static Detection person(double x1, double y1, double x2, double y2, double score) {
        return new Detection(x1, y1, x2, y2, score, "person");
    }

    @Test
    void matchingIsOneToOneAtTheIouThreshold() {
        List<double[]> truth = List.of(new double[] {0, 0, 100, 200}, new double[] {300, 0, 400, 200});
        // exact hit, a duplicate of it, a box with IoU 0.5 on the second person, a miss
        assertThat(DetectionEvaluation.matches(truth, List.of(person(0, 0, 100, 200, 0.9)), 0.5)).isEqualTo(1);
        assertThat(DetectionEvaluation.matches(truth,
                List.of(person(0, 0, 100, 200, 0.9), person(0, 0, 100, 200, 0.8)), 0.5)).isEqualTo(1);
        assertThat(DetectionEvaluation.matches(truth, List.of(person(300, 0, 400, 100, 0.7)), 0.5)).isEqualTo(1);
        assertThat(DetectionEvaluation.matches(truth, List.of(person(300, 0, 400, 99, 0.7)), 0.5)).isZero();
        assertThat(DetectionEvaluation.matches(truth, List.of(person(150, 0, 250, 200, 0.7)), 0.5)).isZero();
    }

    @Test
    void starKeyframesOfTheSamplesGiveTheirAnnotatedPersons() {
        List<StarKeyframes.Keyframe> keyframes = StarKeyframes.read(STAR);
        // the samples keep one PNG per STAR video; three are annotated keyframes (0TXYV's 27 is not); LEG82's
        // frame 26 annotates a dish, a table and a cup/glass/bottle but no person box
        assertThat(keyframes).extracting(k -> k.videoId() + "/" + k.frame() + ":" + k.boxesOf("person").size())
                .containsExactlyInAnyOrder("0BNML/000072:1", "LEG82/000026:0", "TJZ0P/000014:1");
        double[] person = keyframes.stream().filter(k -> k.videoId().equals("0BNML")).findFirst().orElseThrow()
                .boxesOf("person").get(0);
        assertThat(person[0]).isCloseTo(203.83, org.assertj.core.data.Offset.offset(0.01));
        assertThat(person[3]).isCloseTo(307.45, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void sweepCountsAreConsistentAndFallWithTheThreshold() {
        DetectionEvaluation.Result r = DetectionEvaluation.run(STAR, DetectorSpec.hog(), 0, List.of(0.7, 0.5), 0.3);
        assertThat(r.keyframes()).isEqualTo(3);
        assertThat(r.sweep()).extracting(DetectionEvaluation.Point::threshold).containsExactly(0.5, 0.7);
        DetectionEvaluation.Point low = r.sweep().get(0);
        DetectionEvaluation.Point high = r.sweep().get(1);
        assertThat(low.groundTruth()).isEqualTo(2);
        assertThat(high.detections()).isLessThanOrEqualTo(low.detections());
        assertThat(high.truePositives()).isLessThanOrEqualTo(low.truePositives());
        assertThat(low.truePositives()).isLessThanOrEqualTo(Math.min(low.detections(), low.groundTruth()));
        assertThat(low.recall()).isEqualTo((double) low.truePositives() / 2);
    }
}
