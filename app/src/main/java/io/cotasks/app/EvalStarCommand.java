package io.cotasks.app;

import io.cotasks.cot.star.StarEvaluation;
import io.cotasks.cot.star.StarQuestion;
import io.cotasks.cot.star.StarQuestionFile;
import io.cotasks.query.QueryEngine;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
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
import java.util.concurrent.Callable;

/**
 * {@code cotasks eval star --questions FILE}: runs each STAR question's functional program as DSL statements
 * on the graph (ingest the same file first) and prints every miss with its steps, the accuracy per type and
 * {@code accuracy: X.XXX (n/N)} last.
 */
@Command(name = "star", description = "Answer STAR questions by running their programs on the scene graph.")
public final class EvalStarCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--questions", required = true, paramLabel = "FILE",
            description = "STAR question file (JSON list or object keyed by question id), ingested with --source star.")
    Path questions;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(questions)) {
            throw new CotasksException("no such file: " + questions, CotasksException.USAGE, null);
        }
        List<StarQuestion> qs = StarQuestionFile.read(questions);
        PrintWriter out = spec.commandLine().getOut();
        StarEvaluation evaluation;
        try (SceneGraphStore db = store.open()) {
            QueryEngine engine = QueryEngine.on(db);
            boolean bar = System.console() != null;
            try (ProgressBar progress = bar ? ConsoleProgress.builder("eval star", qs.size(), null).build() : null) {
                evaluation = StarEvaluation.run(engine, qs, run -> {
                    if (progress != null) {
                        progress.step();
                    }
                });
            }
        }
        evaluation.lines().forEach(out::println);
        out.flush();
        return 0;
    }
}
