package io.cotasks.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code eval grounding} end to end on the real two-video NExT-GQA sample ({@code samples/nextqa_vidstg}):
 * the coverage table, the parse line, the figures per type code and per source of the moment, and the
 * closing line, checked against what the rules in docs/cot.md give on these 13 questions.
 */
class EvalGroundingCommandTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples")).resolve("nextqa_vidstg");

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("db").toString();
        assertThat(CliRun.of("ingest", "--source", "vidstg", "--db", db,
                SAMPLES.resolve("vidstg_test_2videos.json").toString()).exit()).isZero();
    }

    @Test
    void printsParseShareFiguresPerTypeAndPerSourceAndTheClosingLine() {
        CliRun run = CliRun.of("eval", "grounding", "--db", db,
                "--questions", SAMPLES.resolve("nextgqa_val_2videos.csv").toString(),
                "--spans", SAMPLES.resolve("nextgqa_gsub_val_2videos.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).contains(
                "all          13          13   69.2%  69.2%         69.2%",
                "parsed 13 of 13 (100.0%), with a temporal clause 8 (61.5%), moment from the temporal clause 5 (38.5%)",
                "  CW               questions 5  mIoP 40.3  IoP@0.3 40.0  IoP@0.5 40.0  mIoU 28.8  IoU@0.3 20.0  IoU@0.5 20.0",
                "  TN               questions 3  mIoP 3.5  IoP@0.3 0.0  IoP@0.5 0.0  mIoU 3.5  IoU@0.3 0.0  IoU@0.5 0.0",
                "  temporal clause  questions 5  mIoP 52.3  IoP@0.3 60.0  IoP@0.5 60.0  mIoU 20.5  IoU@0.3 40.0  IoU@0.5 0.0",
                "  no match         questions 4  mIoP 6.9  IoP@0.3 0.0  IoP@0.5 0.0  mIoU 6.9  IoU@0.3 0.0  IoU@0.5 0.0");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("mIoU 20.4 IoP@0.5 38.5");
    }

    /**
     * {@code --baselines} scores reference predictions on the same 13 questions. The whole-video, random-event,
     * best-event and best-of-one-or-two-events lines were checked against an independent calculation over the same
     * three files (the sample's events, its fps and frame count, and eval_ground's best IoU / IoP over the segments).
     */
    @Test
    void baselinesScoreReferencePredictionsOnTheSameQuestions() {
        CliRun run = CliRun.of("eval", "grounding", "--db", db, "--baselines",
                "--questions", SAMPLES.resolve("nextgqa_val_2videos.csv").toString(),
                "--spans", SAMPLES.resolve("nextgqa_gsub_val_2videos.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        int at = lines.indexOf("baselines on the questions whose video has an event (* chosen with hindsight):");
        assertThat(at).isPositive();
        assertThat(lines.subList(at + 1, at + 8)).containsExactly(
                "  the planner      questions 13  mIoP 37.9  IoP@0.3 38.5  IoP@0.5 38.5  mIoU 20.4  IoU@0.3 30.8  IoU@0.5 7.7",
                "  whole video      questions 13  mIoP 14.9  IoP@0.3 15.4  IoP@0.5 0.0  mIoU 14.9  IoU@0.3 15.4  IoU@0.5 0.0",
                "  random event     questions 13  mIoP 28.1  IoP@0.3 28.8  IoP@0.5 23.1  mIoU 15.2  IoU@0.3 23.1  IoU@0.5 9.6",
                "  best event*      questions 13  mIoP 42.1  IoP@0.3 38.5  IoP@0.5 38.5  mIoU 24.7  IoU@0.3 38.5  IoU@0.5 23.1",
                "  best 1-2 events* questions 13  mIoP 42.1  IoP@0.3 38.5  IoP@0.5 38.5  mIoU 24.7  IoU@0.3 38.5  IoU@0.5 23.1",
                "  best moved*      questions 13  mIoP 31.3  IoP@0.3 33.8  IoP@0.5 31.5  mIoU 21.3  IoU@0.3 29.2  IoU@0.5 19.2",
                "  best moved 1-2*  questions 13  mIoP 32.2  IoP@0.3 35.4  IoP@0.5 28.5  mIoU 22.8  IoU@0.3 27.7  IoU@0.5 17.7");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("mIoU 20.4 IoP@0.5 38.5");
    }

    /** Questions on videos the graph does not hold count as without a graph; the run does not stop. */
    @Test
    void questionsOnVideosNotInTheGraphHaveNoGraph() {
        CliRun run = CliRun.of("eval", "grounding", "--db", db,
                "--questions", SAMPLES.resolveSibling("golden_nextqa_vidor/nextqa_mc_val_2videos.csv").toString(),
                "--spans", SAMPLES.resolve("nextgqa_gsub_val_2videos.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).contains("questions 18, with a graph 0, scored 0");
    }
}
