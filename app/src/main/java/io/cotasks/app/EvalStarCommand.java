package io.cotasks.app;

import io.cotasks.cot.star.StarEvaluation;
import io.cotasks.cot.star.StarQuestion;
import io.cotasks.cot.star.StarQuestionFile;
import io.cotasks.query.QueryEngine;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.star.StarClasses;
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
 * {@code cotasks eval star --questions FILE}: runs each STAR question's functional program on the graph
 * (ingest the same file first) and prints every miss and every error (question id, steps, error) with its
 * steps, the accuracy per type and {@code accuracy: X.XXX (n/N)} last; a file without answers
 * (STAR_test.json) prints how many questions ran. One bad question never stops the others.
 */
@Command(name = "star", description = "Answer STAR questions by running their programs on the scene graph.")
public final class EvalStarCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--questions", required = true, paramLabel = "FILE",
            description = "STAR question file (release STAR_*.json, or the homepage layout: a list or an object keyed by question id), ingested with --source star.")
    Path questions;

    @Option(names = "--star-classes", paramLabel = "DIR",
            description = "Folder with STAR class files to use instead of the shipped ones.")
    Path starClasses;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(questions)) {
            throw new CotasksException("no such file: " + questions, CotasksException.USAGE, null);
        }
        StarClasses classes = starClasses == null ? StarClasses.shipped() : StarClasses.from(starClasses);
        StarQuestionFile.Contents contents = StarQuestionFile.readAll(questions, classes);
        List<StarQuestion> qs = contents.questions();
        PrintWriter out = spec.commandLine().getOut();
        StarEvaluation evaluation;
        try (SceneGraphStore db = store.open()) {
            QueryEngine engine = QueryEngine.on(db);
            boolean bar = System.console() != null;
            try (ProgressBar progress = bar ? ConsoleProgress.builder("eval star", qs.size(), null).build() : null) {
                evaluation = StarEvaluation.run(engine, classes, qs, contents.errors(), run -> {
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
