package io.cotasks.app;

import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.cot.eval.ChatClient;
import io.cotasks.cot.eval.ChatSettings;
import io.cotasks.cot.eval.CotSource;
import io.cotasks.cot.eval.FrameSource;
import io.cotasks.cot.eval.NextQaEvaluation;
import io.cotasks.cot.eval.ReportTable;
import io.cotasks.cot.eval.ReportWriter;
import io.cotasks.cot.eval.ResultLog;
import io.cotasks.cot.eval.Run;
import io.cotasks.cot.eval.RunManifest;
import io.cotasks.cot.eval.Scoreboard;
import io.cotasks.cot.eval.StoreQuestions;
import io.cotasks.cot.eval.VideoFiles;
import io.cotasks.cot.eval.VideoInputs;
import io.cotasks.cot.eval.Wups;
import io.cotasks.ingest.video.FrameSampler;
import io.cotasks.store.CotasksException;
import io.cotasks.store.ErrorKind;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.model.Question;
import me.tongfei.progressbar.ProgressBar;
import io.cotasks.ingest.ConsoleProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cotasks eval nextqa}: asks a VideoLLM on an OpenAI-compatible endpoint every NExT-QA question with
 * and without the CoT steps, judges open-ended answers, and writes the per-type table (Markdown, CSV, PNG).
 * Results go to {@code OUT/results.jsonl} as they arrive; running the same command again resumes.
 */
@Command(name = "nextqa", sortOptions = false,
        description = "Run a VideoLLM with and without the CoT steps on NExT-QA and report per question type.")
public final class EvalNextQaCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--questions", paramLabel = "CSV",
            description = "NExT-QA MC or NExT-OE CSV (default with --db: the questions of --dataset in the store).")
    Path questionsFile;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "nextqa-mc",
            description = "The stored questions to use without --questions: nextqa-mc or nextqa-oe (default ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "OpenAI-compatible endpoint of the model, e.g. http://127.0.0.1:8000/v1 (key: $COTASKS_API_KEY).")
    URI endpoint;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "The served model name.")
    String model;

    @Option(names = "--judge-endpoint", paramLabel = "URL",
            description = "Judge endpoint for open-ended answers (key: $COTASKS_JUDGE_API_KEY, else $COTASKS_API_KEY).")
    URI judgeEndpoint;

    @Option(names = "--judge-model", paramLabel = "NAME", description = "The judge model name.")
    String judgeModel;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Results, report and chart folder.")
    Path out;

    @Option(names = "--video-dir", paramLabel = "DIR", description = "Folder of the videos (<id>.mp4, VidOR layout too).")
    Path videoDir;

    @Option(names = "--video-url", paramLabel = "TEMPLATE",
            description = "Video URL with a {video} placeholder, sent as is (instead of files under --video-dir).")
    String videoUrl;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "0",
            description = "Send N sampled frames as images instead of the video (needs --video-dir).")
    int frames;

    @Option(names = "--runs", split = ",", paramLabel = "RUN", defaultValue = "baseline,cot",
            description = "baseline, cot or both (default ${DEFAULT-VALUE}).")
    List<String> runNames;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4", description = "Requests in flight (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0", description = "Requests per second at most, 0 for no limit.")
    double rate;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N questions.")
    Integer limit;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "128", description = "Answer budget (default ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0", description = "Sampling temperature for both runs.")
    double temperature;

    @Option(names = "--cot-tokens", paramLabel = "N", defaultValue = "512", description = "CoT token budget (default ${DEFAULT-VALUE}).")
    int cotTokens;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Per-request timeout.")
    int timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "6", description = "Attempts per request (default ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() throws InterruptedException {
        List<Run> runs = runs();
        validate(runs);
        try (SceneGraphStore db = needsStore(runs) ? store.open() : null) {
            List<Question> questions = questions(db);
            NextQaEvaluation.Config config = new NextQaEvaluation.Config(questions, runs,
                    db == null ? null : CotSource.of(CotGenerator.on(db, cotTokens)), videoInputs(),
                    ChatClient.create(settings(endpoint, model, System.getenv("COTASKS_API_KEY")), this::showRetry),
                    judgeEndpoint == null ? null : ChatClient.create(settings(judgeEndpoint, judgeModel, judgeKey())
                            .withMaxTokens(64).withTemperature(0), this::showRetry), concurrency);
            new RunManifest(model, judgeModel, videoMode(), temperature, maxTokens, cotTokens).checkOrWrite(out);
            return evaluate(config, questions, runs);
        }
    }

    /** A retry, on standard error as it happens (several workers may report at once). */
    private synchronized void showRetry(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("warning: " + line);
        err.flush();
    }

    private int evaluate(NextQaEvaluation.Config config, List<Question> questions, List<Run> runs)
            throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportTable table;
        NextQaEvaluation.Progress progress;
        try (ResultLog log = ResultLog.open(out.resolve("results.jsonl"))) {
            if (log.unreadableLines() > 0) {
                err.println("warning: " + log.file() + ": skipped " + log.unreadableLines()
                        + " unreadable line(s), e.g. the last line of a killed run");
            }
            try (ProgressBar bar = progressBar(NextQaEvaluation.itemCount(config))) {
                progress = NextQaEvaluation.create(config, log).run(() -> {
                    if (bar != null) {
                        bar.step();
                    }
                });
            }
            table = Scoreboard.score(questions, runs, log, judgeEndpoint != null, Wups::load);
        }
        String title = "NExT-QA " + (questions.get(0).choices().isEmpty() ? "open-ended" : "multiple choice")
                + ": " + model + " (" + videoMode() + "), baseline vs CoT";
        ReportWriter.writeAll(table, title, out);
        stdout.print(ReportWriter.markdown(table));
        stdout.println();
        stdout.println("asked " + progress.answersAsked() + " answers and " + progress.verdictsAsked()
                + " verdicts, resumed " + progress.skipped() + " of " + progress.items() + " items; wrote "
                + out.resolve("report.md") + ", report.csv, chart.png");
        stdout.flush();
        int failed = runs.stream().mapToInt(r -> table.errors().get(r).failed()).sum();
        if (failed > 0) {
            err.println("error: " + failed + " item(s) got no reply (see " + out.resolve("results.jsonl")
                    + "); run the same command again to retry them");
            err.flush();
            return ExitCodes.of(ErrorKind.FAILURE);
        }
        return 0;
    }

    private List<Run> runs() {
        try {
            return runNames.stream().map(String::strip).map(Run::of).distinct().sorted().toList();
        } catch (IllegalArgumentException e) {
            throw usage("--runs: " + e.getMessage());
        }
    }

    private void validate(List<Run> runs) {
        // like every command, the default store ($COTASKS_DB or ./cotasks-db) is used when it exists
        boolean storeFound = store.db != null || store.uri != null || Files.isDirectory(store.dbDir());
        String missing = " (" + store.dbDir() + " does not exist)";
        if (questionsFile == null && !storeFound) {
            throw usage("no questions: pass --questions CSV, or --db DIR with ingested questions" + missing);
        }
        if (runs.contains(Run.COT) && !storeFound) {
            throw usage("the CoT run needs the scene graph: pass --db DIR (or --uri), or --runs baseline" + missing);
        }
        if ((judgeEndpoint == null) != (judgeModel == null)) {
            throw usage("--judge-endpoint and --judge-model go together");
        }
        if (frames < 0 || frames > 0 && videoDir == null) {
            throw usage("--frames N needs --video-dir DIR and N >= 1");
        }
        if (videoUrl != null && !videoUrl.contains("{video}")) {
            throw usage("--video-url needs a {video} placeholder, e.g. http://host/videos/{video}.mp4");
        }
        if (concurrency < 1 || attempts < 1 || rate < 0 || timeoutSeconds < 1 || limit != null && limit < 1) {
            throw usage("--concurrency, --retries, --timeout and --limit must be at least 1, --rate not negative");
        }
        if (cotTokens < 16 || maxTokens < 1) {
            throw usage("--cot-tokens must be at least 16 and --max-tokens at least 1");
        }
    }

    private boolean needsStore(List<Run> runs) {
        return questionsFile == null || runs.contains(Run.COT);
    }

    private List<Question> questions(SceneGraphStore db) {
        List<Question> questions;
        if (questionsFile != null) {
            questions = NextQaQuestionFile.read(questionsFile, spec.commandLine().getErr());
        } else {
            questions = StoreQuestions.read(db, List.of(dataset));
        }
        if (questions.isEmpty()) {
            throw new CotasksException((questionsFile != null ? questionsFile.toString() : db.describe() + " (" + dataset + ")")
                    + ": no questions to evaluate");
        }
        return limit == null ? questions : questions.subList(0, Math.min(limit, questions.size()));
    }

    private VideoInputs videoInputs() {
        if (videoUrl != null) {
            return VideoInputs.urlTemplate(videoUrl);
        }
        if (videoDir == null) {
            spec.commandLine().getErr().println("warning: no --video-dir or --video-url: the model sees text only");
            return VideoInputs.none();
        }
        VideoFiles files = VideoFiles.index(videoDir);
        if (frames > 0) {
            FrameSource decoder = (videoId, n) -> FrameSampler.sampleJpeg(files.require(videoId), n);
            return VideoInputs.frames(FrameSource.cached(decoder, 2 * concurrency), frames);
        }
        return VideoInputs.files(files);
    }

    private String videoMode() {
        return frames > 0 ? "frames:" + frames : videoUrl != null || videoDir != null ? "url" : "none";
    }

    private ChatSettings settings(URI url, String name, String key) {
        return ChatSettings.defaults(url, name, key).withMaxTokens(maxTokens).withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withRetries(attempts, Duration.ofSeconds(1), Duration.ofSeconds(60)).withRate(rate)
                .withTemperature(temperature);
    }

    private static String judgeKey() {
        String key = System.getenv("COTASKS_JUDGE_API_KEY");
        return key != null && !key.isBlank() ? key : System.getenv("COTASKS_API_KEY");
    }

    private ProgressBar progressBar(int max) {
        if (noProgress || System.console() == null) {
            return null;
        }
        return ConsoleProgress.builder("eval", max, " items").build();
    }

    private static CotasksException usage(String message) {
        return new CotasksException(message, CotasksException.USAGE, null);
    }
}
