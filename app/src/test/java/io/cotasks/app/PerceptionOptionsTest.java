package io.cotasks.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The perception commands share their detector options through picocli mixins ({@link DetectorOptions},
 * {@link DetectorNames}, {@link VideoOptions}): each command still takes and lists every option it had, and
 * the shared checks give the same usage errors everywhere. Nothing is loaded or ingested.
 */
class PerceptionOptionsTest {

    private static final Pattern OPTION = Pattern.compile("^\\s+(?:-\\w, )?(--[a-z-]+)");
    private static final List<String> DETECTION = List.of("--detect-width", "--model", "--labels", "--score");
    private static final List<String> VIDEO = List.of("--fps", "--every-frame", "--detector", "--classes",
            "--input-size", "--id");
    private static final List<String> STANDARD = List.of("--help", "--version", "--verbose");

    @Test
    void helpListsEveryOptionOfEachCommand() {
        assertThat(listed("eval", "perception", "--help")).containsExactlyInAnyOrderElementsOf(concat(DETECTION, STANDARD,
                List.of("--star", "--detectors", "--thresholds", "--iou")));
        assertThat(listed("bench", "perception", "--help")).containsExactlyInAnyOrderElementsOf(concat(DETECTION, VIDEO,
                STANDARD, List.of("--video", "--detectors", "--parallel")));
        assertThat(listed("ingest", "--help")).containsAll(concat(DETECTION, VIDEO, STANDARD))
                .doesNotContain("--detectors");
    }

    @Test
    void sharedOptionsGiveTheSameUsageErrors() {
        String unknown = "error: --detectors: unknown detector 'yolo' (centernet, movenet or hog; an ONNX model goes with --model)";
        for (String command : List.of("eval", "bench")) {
            CliRun run = CliRun.of(command, "perception", "--detectors", "centernet,yolo");
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err().strip()).as(command).isEqualTo(unknown);
            CliRun labels = CliRun.of(command, "perception", "--labels", "coco.txt");
            assertThat(labels.exit()).as(command).isEqualTo(2);
            assertThat(labels.err().strip()).as(command).isEqualTo("error: --labels needs --model");
            CliRun score = CliRun.of(command, "perception", "--score", "1.5");
            assertThat(score.err().strip()).as(command).isEqualTo("error: --score must be in [0,1]");
        }
    }

    private static List<String> listed(String... args) {
        CliRun help = CliRun.of(args);
        assertThat(help.exit()).isZero();
        return help.out().lines().map(OPTION::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
