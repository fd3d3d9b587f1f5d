package io.cotasks.app;

import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.cot.grounding.GqaFiles;
import io.cotasks.cot.grounding.GroundingBaselines;
import io.cotasks.cot.grounding.GroundingMetrics;
import io.cotasks.cot.grounding.GroundingScore;
import io.cotasks.cot.nextqa.NextQaBatch;
import io.cotasks.datasets.nextqa.NextQaType;
import io.cotasks.cot.nextqa.NextQaPlan;
import io.cotasks.datasets.nextqa.GqaSpans;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.model.Question;
import io.cotasks.ingest.ConsoleProgress;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code cotasks eval grounding --questions gqa.csv --spans gsub.json}: the frame localization step of each
 * question whose video has a graph, scored with the NExT-GQA metrics; the closing line reads
 * {@code mIoU X.X IoP@0.5 X.X}; {@code --baselines} adds reference predictions on the same questions.
 */
@Command(name = "grounding", description = "Score frame localization against NExT-GQA answer spans.")
public final class EvalGroundingCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--questions", required = true, paramLabel = "CSV", description = "NExT-GQA (or NExT-QA MC) question CSV.")
    Path questions;

    @Option(names = "--spans", required = true, paramLabel = "JSON", description = "NExT-GQA gsub_*.json ground truth.")
    Path spans;

    @Option(names = "--predictions", paramLabel = "JSON", description = "Also write the predictions ({\"video_qid\": [begin, end]}).")
    Path predictionsOut;

    @Option(names = "--baselines", description = "Also score reference predictions on the same questions: the whole video, "
            + "a random event, and (with hindsight, marked *) the best event or hull of two events, of the graph and of its "
            + "events moved to random places.")
    boolean baselines;

    private static void print(PrintWriter out, String label, GroundingScore score) {
        if (score.questions() > 0) {
            out.println(String.format(Locale.ROOT, "  %-16s %s", label, score.table()));
        }
    }

    @Override
    public Integer call() {
        for (Path p : List.of(questions, spans)) {
            if (!Files.isRegularFile(p)) {
                throw new CotasksException("no such file: " + p, CotasksException.USAGE, null);
            }
        }
        List<Question> qs = NextQaQuestionFile.read(questions, spec.commandLine().getErr());
        GqaSpans truth = GqaSpans.read(spans);
        NextQaBatch batch;
        try (SceneGraphStore db = store.open()) {
            CotGenerator generator = CotGenerator.on(db);
            try (ProgressBar bar = System.console() != null ? ConsoleProgress.builder("eval grounding", qs.size(), null).build() : null) {
                batch = NextQaBatch.run(generator, qs, q -> {
                    if (bar != null) {
                        bar.step();
                    }
                });
            }
        }
        Map<String, double[]> predictions = batch.predictions();
        if (predictionsOut != null) {
            GqaFiles.writePredictions(predictionsOut, predictions);
        }
        GroundingScore score = GroundingMetrics.score(truth, predictions);
        PrintWriter out = spec.commandLine().getOut();
        batch.coverageLines().forEach(out::println);
        out.println("questions " + qs.size() + ", with a graph " + batch.outcomes().size() + ", scored " + score.questions());
        out.println(batch.parseLine());
        out.println("by type code:");
        for (NextQaType type : batch.coverage().keySet()) {
            print(out, type.name(), GroundingMetrics.score(truth, batch.predictions(p -> type.is(p.question().type()))));
        }
        out.println("by what the moment came from:");
        for (NextQaPlan.MomentSource source : NextQaPlan.MomentSource.values()) {
            print(out, source.label(), GroundingMetrics.score(truth, batch.predictions(p -> p.source() == source)));
        }
        if (baselines) {
            out.println("baselines on the questions whose video has an event (* chosen with hindsight):");
            List<NextQaPlan> plans = batch.outcomes().stream().map(o -> o.plan()).toList();
            for (GroundingBaselines.Line line : GroundingBaselines.of(truth, plans, 1)) {
                print(out, line.label(), line.score());
            }
        }
        out.println(score.table());
        out.println(score.summaryLine());
        out.flush();
        return 0;
    }
}
