package io.cotasks.cot.eval;

import io.cotasks.datasets.nextqa.NextQaReader;
import io.cotasks.store.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NextQaEvaluationTest {

    private static final CotSource COT = q -> "Frame localization: the " + q.type() + " moment is in frames 10-20.";
    private static final List<Run> BOTH = List.of(Run.BASELINE, Run.COT);

    /** A question file of this module's test resources (real NExT-QA rows of the two golden videos). */
    static Path resource(String name) {
        return Path.of(System.getProperty("cotasks.root"), "cot/src/test/resources/eval", name);
    }

    private static ChatClient client(ScriptedChatServer server) {
        return ChatClient.create(ChatSettings.defaults(server.endpoint(), "scripted", null)
                .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2)));
    }

    private static NextQaEvaluation.Progress run(List<Question> questions, ScriptedChatServer model,
                                                 ScriptedChatServer judge, Path log) throws InterruptedException {
        NextQaEvaluation.Config config = new NextQaEvaluation.Config(questions, BOTH, COT, VideoInputs.none(),
                client(model), judge == null ? null : client(judge), 4);
        try (ResultLog results = ResultLog.open(log)) {
            return NextQaEvaluation.create(config, results).run(() -> { });
        }
    }

    private static ReportTable table(List<Question> questions, Path log, boolean judged) {
        try (ResultLog results = ResultLog.open(log)) {
            return Scoreboard.score(questions, BOTH, results, judged, Wups::load);
        }
    }

    @Test
    void multipleChoiceTableErrorCountsAndResume(@TempDir Path dir) throws Exception {
        List<Question> questions = NextQaReader.read(resource("nextqa_mc_val_2videos.csv")).toQuestions();
        Path log = dir.resolve("results.jsonl");
        try (ScriptedChatServer model = ScriptedChatServer.start(
                ScriptedVideoLlm.fromScript(questions, resource("mc_script.csv")))) {
            NextQaEvaluation.Progress first = run(questions, model, null, log);

            // 36 items; +1 for the dropped connection, +2 for the 500s, +1 for the 429
            assertThat(model.requestCount()).isEqualTo(40);
            assertThat(first).isEqualTo(new NextQaEvaluation.Progress(36, 0, 36, 0));
            assertThat(Files.readAllLines(log)).hasSize(36);
            assertThat(ReportWriter.markdown(table(questions, log, false))).isEqualTo("""
                    | Category | n | Acc Baseline | Acc CoT | Acc Δ |
                    |---|---:|---:|---:|---:|
                    | CW | 3 | 33.3 | 66.7 | +33.3 |
                    | CH | 5 | 40.0 | 80.0 | +40.0 |
                    | TN | 5 | 100.0 | 80.0 | -20.0 |
                    | TC | 4 | 25.0 | 100.0 | +75.0 |
                    | TP | 0 | – | – | – |
                    | DL | 1 | 0.0 | 100.0 | +100.0 |
                    | DC | 0 | – | – | – |
                    | DO | 0 | – | – | – |
                    | DB | 0 | – | – | – |
                    | Causal | 8 | 37.5 | 75.0 | +37.5 |
                    | Temporal | 9 | 62.5 | 88.9 | +26.4 |
                    | Descriptive | 1 | 0.0 | 100.0 | +100.0 |
                    | Overall | 18 | 47.1 | 83.3 | +36.3 |

                    | Run | answered | malformed | failed | judged | judge malformed | judge failed |
                    |---|---:|---:|---:|---:|---:|---:|
                    | Baseline | 16 | 1 | 1 | 0 | 0 | 0 |
                    | CoT | 17 | 1 | 0 | 0 | 0 | 0 |
                    """);

            // the re-run asks only the failed item; the one after it asks nothing
            assertThat(run(questions, model, null, log)).isEqualTo(new NextQaEvaluation.Progress(36, 35, 1, 0));
            assertThat(model.requestCount()).isEqualTo(41);
            assertThat(run(questions, model, null, log)).isEqualTo(new NextQaEvaluation.Progress(36, 36, 0, 0));
            assertThat(model.requestCount()).isEqualTo(41);

            ReportTable resumed = table(questions, log, false);
            assertThat(ReportWriter.csv(resumed)).contains(
                    "TN,5,100.00,80.00,-20.00\n", "Temporal,9,66.67,88.89,22.22\n", "Overall,18,50.00,83.33,33.33\n");
            assertThat(resumed.errors().get(Run.BASELINE)).isEqualTo(new ReportTable.Counts(17, 1, 0, 0, 0, 0));
        }
    }

    @Test
    void recordsRepliesAndTheCotTheModelWasGiven(@TempDir Path dir) throws Exception {
        List<Question> questions = NextQaReader.read(resource("nextqa_mc_val_2videos.csv")).toQuestions();
        Path log = dir.resolve("results.jsonl");
        try (ScriptedChatServer model = ScriptedChatServer.start(
                ScriptedVideoLlm.fromScript(questions, resource("mc_script.csv")))) {
            run(questions, model, null, log);
        }
        Question vest = questions.get(2);
        try (ResultLog results = ResultLog.open(log)) {
            assertThat(results.answer(new ResultLog.Key(vest.uid(), Run.BASELINE))).contains(new ResultLine(
                    "answer", "nextqa-mc#2793806282#1", "baseline", "CW", "ok", "keep warm", 1, false, null, null,
                    null, null, 1));
            assertThat(results.answer(new ResultLog.Key(vest.uid(), Run.COT))).contains(new ResultLine(
                    "answer", "nextqa-mc#2793806282#1", "cot", "CW", "ok", "stay afloat", 3, true,
                    "Frame localization: the CW moment is in frames 10-20.", null, null, null, 1));
            assertThat(results.answer(new ResultLog.Key("nextqa-mc#11566930393#3", Run.BASELINE)).orElseThrow())
                    .extracting(ResultLine::status, ResultLine::reply, ResultLine::detail)
                    .containsExactly("malformed", "I cannot tell from the video.", "no option found in the reply");
            assertThat(results.answer(new ResultLog.Key("nextqa-mc#2793806282#9", Run.COT)).orElseThrow())
                    .extracting(ResultLine::status, ResultLine::reply, ResultLine::detail)
                    .containsExactly("malformed", "<html><body>502 Bad Gateway</body></html>", "reply is not JSON");
            assertThat(results.answer(new ResultLog.Key("nextqa-mc#11566930393#5", Run.BASELINE)).orElseThrow())
                    .extracting(ResultLine::status, ResultLine::detail, ResultLine::attempts)
                    .containsExactly("failed", "gave up after 3 attempts, last: HTTP 500: "
                            + "{\"error\":{\"message\":\"scripted 500\"}}", 3);
        }
    }

    @Test
    void theCotRunEmbedsTheStepsBeforeTheQuestion(@TempDir Path dir) throws Exception {
        List<Question> questions = NextQaReader.read(resource("nextqa_mc_val_2videos.csv")).toQuestions().subList(0, 1);
        try (ScriptedChatServer model = ScriptedChatServer.start(ScriptedVideoLlm.always(questions, "B"))) {
            run(questions, model, null, dir.resolve("results.jsonl"));

            assertThat(model.received()).extracting(ScriptedChatServer.Received::userText).containsExactlyInAnyOrder("""
                    Question: what did the lady in blue do when she reached the stairs
                    Options:
                    (A) put head on table
                    (B) sit on stairs
                    (C) goes to get food
                    (D) move hands around
                    (E) jump down stairs
                    Answer with the option's letter from the given choices directly.""", """
                    Reasoning steps grounded in the video's scene graph (frames, entities, spatial and temporal relations):
                    Frame localization: the TC moment is in frames 10-20.

                    Question: what did the lady in blue do when she reached the stairs
                    Options:
                    (A) put head on table
                    (B) sit on stairs
                    (C) goes to get food
                    (D) move hands around
                    (E) jump down stairs
                    Answer with the option's letter from the given choices directly.""");
        }
    }

    @Test
    void aKilledRunLosesOnlyWhatWasInFlight(@TempDir Path dir) throws Exception {
        List<Question> questions = NextQaReader.read(resource("nextqa_mc_val_2videos.csv")).toQuestions();
        Path log = dir.resolve("results.jsonl");
        try (ScriptedChatServer model = ScriptedChatServer.start(ScriptedVideoLlm.always(questions, "A"))) {
            run(questions, model, null, log);
            List<String> lines = Files.readAllLines(log);
            // what a kill during the write of line 11 leaves behind
            Files.writeString(log, String.join("\n", lines.subList(0, 10)) + "\n"
                    + lines.get(10).substring(0, 40), StandardCharsets.UTF_8);

            assertThat(run(questions, model, null, log)).isEqualTo(new NextQaEvaluation.Progress(36, 10, 26, 0));
            assertThat(model.requestCount()).isEqualTo(36 + 26);
            try (ResultLog results = ResultLog.open(log)) {
                assertThat(results.unreadableLines()).isEqualTo(1);
            }
            assertThat(Files.readAllLines(log)).hasSize(37);
            assertThat(table(questions, log, false).row("Overall").value(Metric.ACCURACY, Run.COT))
                    .hasValue(100.0 * 2 / 18); // two questions have A as their answer
        }
    }

    @Test
    void openEndedJudgeAndWupsTable(@TempDir Path dir) throws Exception {
        List<Question> questions = NextQaReader.read(resource("nextoe_val_2videos.csv")).toQuestions();
        Path log = dir.resolve("results.jsonl");
        // the baseline knows only current-action, count and yes/no answers; the CoT run knows them all
        ScriptedVideoLlm llm = ScriptedVideoLlm.answering(questions, (q, run) -> run == Run.COT
                || List.of("TC", "DC", "DB").contains(q.type()) ? q.answer() : "qwzx");
        try (ScriptedChatServer model = ScriptedChatServer.start(llm);
             ScriptedChatServer judge = ScriptedChatServer.start(NextQaEvaluationTest::judge)) {
            assertThat(run(questions, model, judge, log)).isEqualTo(new NextQaEvaluation.Progress(42, 0, 42, 42));
            assertThat(run(questions, model, judge, log)).isEqualTo(new NextQaEvaluation.Progress(42, 42, 0, 0));
            assertThat(model.requestCount()).isEqualTo(42);
            assertThat(judge.requestCount()).isEqualTo(42);
        }
        ReportTable table = table(questions, log, true);
        assertThat(ReportWriter.csv(table)).isEqualTo("""
                category,n,judge_acc_baseline,judge_acc_cot,judge_acc_delta,judge_score_baseline,judge_score_cot,\
                judge_score_delta,wups0_baseline,wups0_cot,wups0_delta,wups9_baseline,wups9_cot,wups9_delta
                CW,3,0.00,100.00,100.00,20.00,100.00,80.00,0.00,100.00,100.00,0.00,100.00,100.00
                CH,5,0.00,100.00,100.00,20.00,100.00,80.00,0.00,100.00,100.00,0.00,100.00,100.00
                TN,5,0.00,100.00,100.00,20.00,100.00,80.00,0.00,100.00,100.00,0.00,100.00,100.00
                TC,4,100.00,100.00,0.00,100.00,100.00,0.00,100.00,100.00,0.00,100.00,100.00,0.00
                TP,0,,,,,,,,,,,,
                DL,1,0.00,,,20.00,,,0.00,100.00,100.00,0.00,100.00,100.00
                DC,1,100.00,100.00,0.00,100.00,100.00,0.00,100.00,100.00,0.00,100.00,100.00,0.00
                DO,0,,,,,,,,,,,,
                DB,2,100.00,100.00,0.00,100.00,100.00,0.00,100.00,100.00,0.00,100.00,100.00,0.00
                Causal,8,0.00,100.00,100.00,20.00,100.00,80.00,0.00,100.00,100.00,0.00,100.00,100.00
                Temporal,9,44.44,100.00,55.56,55.56,100.00,44.44,44.44,100.00,55.56,44.44,100.00,55.56
                Descriptive,4,75.00,100.00,25.00,80.00,100.00,20.00,75.00,100.00,25.00,75.00,100.00,25.00
                Overall,21,33.33,100.00,66.67,46.67,100.00,53.33,33.33,100.00,66.67,33.33,100.00,66.67
                """);
        assertThat(table.errors().get(Run.BASELINE)).isEqualTo(new ReportTable.Counts(21, 0, 0, 21, 0, 0));
        assertThat(table.errors().get(Run.COT)).isEqualTo(new ReportTable.Counts(21, 0, 0, 20, 1, 0));
    }

    @Test
    void aFailedJudgeIsAskedAgainWithoutAskingTheModelAgain(@TempDir Path dir) throws Exception {
        List<Question> questions = NextQaReader.read(resource("nextoe_val_2videos.csv")).toQuestions().subList(0, 3);
        Path log = dir.resolve("results.jsonl");
        try (ScriptedChatServer model = ScriptedChatServer.start(ScriptedVideoLlm.answering(questions, (q, r) -> q.answer()));
             ScriptedChatServer down = ScriptedChatServer.start(r -> new ScriptedChatServer.Reply.Status(503, null));
             ScriptedChatServer judge = ScriptedChatServer.start(NextQaEvaluationTest::judge)) {
            assertThat(run(questions, model, down, log)).isEqualTo(new NextQaEvaluation.Progress(6, 0, 6, 6));
            assertThat(down.requestCount()).isEqualTo(18); // 3 attempts per verdict
            assertThat(table(questions, log, true).errors().get(Run.COT)).isEqualTo(new ReportTable.Counts(3, 0, 0, 0, 0, 3));

            assertThat(run(questions, model, judge, log)).isEqualTo(new NextQaEvaluation.Progress(6, 0, 0, 6));
            assertThat(model.requestCount()).isEqualTo(6);
            assertThat(judge.requestCount()).isEqualTo(6);
            assertThat(table(questions, log, true).row("Overall").value(Metric.JUDGE_ACCURACY, Run.COT)).hasValue(100.0);
        }
    }

    @Test
    void multipleChoiceAnswersAreJudgedByTheChosenOptionsText(@TempDir Path dir) throws Exception {
        List<Question> questions = NextQaReader.read(resource("nextqa_mc_val_2videos.csv")).toQuestions().subList(2, 4);
        Path log = dir.resolve("results.jsonl");
        // vest question (answer D, stay afloat); boy question (answer A, stands up)
        ScriptedVideoLlm llm = ScriptedVideoLlm.answering(questions, (q, run) -> run == Run.COT ? "(D)" : "I don't know");
        try (ScriptedChatServer model = ScriptedChatServer.start(llm);
             ScriptedChatServer judge = ScriptedChatServer.start(NextQaEvaluationTest::judge)) {
            run(questions, model, judge, log);

            // malformed baseline answers are not judged; the CoT answers are judged by option text
            assertThat(judge.received()).extracting(r -> line(r.userText(), "Predicted Answer: "))
                    .containsExactlyInAnyOrder("stay afloat", "move forward and backwards");
        }
        assertThat(ReportWriter.markdown(table(questions, log, true))).contains(
                "| Category | n | Acc Baseline | Acc CoT | Acc Δ | Judge acc Baseline | Judge acc CoT | Judge acc Δ "
                        + "| Judge score Baseline | Judge score CoT | Judge score Δ |",
                "| Overall | 2 | 0.0 | 50.0 | +50.0 | 0.0 | 50.0 | +50.0 | 0.0 | 60.0 | +60.0 |",
                "| Baseline | 0 | 2 | 0 | 0 | 0 | 0 |", "| CoT | 2 | 0 | 0 | 2 | 0 | 0 |");
    }

    /** A judge that calls exact matches a 5 and anything else a 1, and rambles about "living room". */
    private static ScriptedChatServer.Reply judge(ScriptedChatServer.Received request) {
        String text = request.userText();
        String correct = line(text, "Correct Answer: ");
        String predicted = line(text, "Predicted Answer: ");
        if (predicted.equals("living room")) {
            return new ScriptedChatServer.Reply.Answer("The prediction matches the answer.");
        }
        return new ScriptedChatServer.Reply.Answer(predicted.equals(correct)
                ? "{'pred': 'yes', 'score': 5}" : "{'pred': 'no', 'score': 1}");
    }

    private static String line(String text, String prefix) {
        int start = text.indexOf(prefix) + prefix.length();
        return text.substring(start, text.indexOf('\n', start));
    }

    @Test
    void writesMarkdownCsvAndAPngChart(@TempDir Path dir) throws Exception {
        List<Question> questions = NextQaReader.read(resource("nextqa_mc_val_2videos.csv")).toQuestions();
        Path log = dir.resolve("results.jsonl");
        try (ScriptedChatServer model = ScriptedChatServer.start(ScriptedVideoLlm.always(questions, "B"))) {
            run(questions, model, null, log);
        }
        ReportWriter.writeAll(table(questions, log, false), "NExT-QA MC: scripted", dir.resolve("out"));

        assertThat(Files.readString(dir.resolve("out/report.md"))).startsWith("# NExT-QA MC: scripted\n\n| Category |");
        assertThat(Files.readString(dir.resolve("out/report.csv"))).startsWith("category,n,acc_baseline,acc_cot,acc_delta\n");
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("out/chart.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1100);
        assertThat(png.getHeight()).isEqualTo(500);
    }
}
