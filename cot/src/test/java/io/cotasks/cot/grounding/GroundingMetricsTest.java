package io.cotasks.cot.grounding;

import io.cotasks.datasets.nextqa.GqaSpans;
import io.cotasks.store.model.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GroundingMetricsTest {

    private static final Path GSUB = Path.of(System.getProperty("cotasks.samples"),
            "golden_nextqa_vidor", "nextgqa_gsub_val_2videos.json");

    @Test
    void matchesTheNextGqaReferenceScriptOnTheGoldenVideos() {
        // Expected figures computed by NExT-GQA's eval_ground.py get_tIoU/eval_ground on the same inputs.
        Map<String, double[]> predictions = new LinkedHashMap<>();
        predictions.put("11566930393_2", new double[]{10, 15});
        predictions.put("11566930393_3", new double[]{14.8, 25.4});
        predictions.put("11566930393_4", new double[]{0, 29});
        predictions.put("11566930393_5", new double[]{20, 20});
        predictions.put("2793806282_2", new double[]{30, 40});
        predictions.put("2793806282_4", new double[]{50, 52});
        predictions.put("2793806282_11", new double[]{38, 50});
        predictions.put("2793806282_12", new double[]{55, 64});
        GroundingScore s = GroundingMetrics.score(GqaSpans.read(GSUB), predictions);
        assertThat(s.questions()).isEqualTo(8);
        assertThat(s.mIoP()).isCloseTo(60.920019157088134, within(1e-9));
        assertThat(s.iop3()).isCloseTo(75.0, within(1e-9));
        assertThat(s.iop5()).isCloseTo(62.5, within(1e-9));
        assertThat(s.mIoU()).isCloseTo(37.31865287217754, within(1e-9));
        assertThat(s.iou3()).isCloseTo(62.5, within(1e-9));
        assertThat(s.iou5()).isCloseTo(25.0, within(1e-9));
        assertThat(s.summaryLine()).isEqualTo("mIoU 37.3 IoP@0.5 62.5");
    }

    @Test
    void singleSegmentCases() {
        assertThat(GroundingMetrics.iouIop(new Span(10, 20), new double[]{10, 20})).containsExactly(1.0, 1.0);
        assertThat(GroundingMetrics.iouIop(new Span(10, 20), new double[]{15, 25})).containsExactly(5.0 / 15, 0.5);
        assertThat(GroundingMetrics.iouIop(new Span(10, 20), new double[]{12, 12})).containsExactly(0.0, 1.0);
        assertThat(GroundingMetrics.iouIop(new Span(10, 20), new double[]{30, 30})).containsExactly(0.0, 0.0);
    }

    @Test
    void questionsWithoutPredictionAreNotScored() {
        GroundingScore s = GroundingMetrics.score(GqaSpans.read(GSUB), Map.of());
        assertThat(s.questions()).isZero();
        assertThat(s.summaryLine()).isEqualTo("mIoU 0.0 IoP@0.5 0.0");
    }
}
