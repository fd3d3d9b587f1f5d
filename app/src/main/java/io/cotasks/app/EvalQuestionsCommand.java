package io.cotasks.app;

import io.cotasks.cot.nextqa.ParseCoverage;
import io.cotasks.cot.nextqa.QuestionAnalyser;
import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cotasks eval questions FILE...}: how many NExT-QA questions the clause analyser parses, and how many
 * have a temporal clause or name a part of the video, per file and type code. Needs no store.
 */
@Command(name = "questions", description = "Parse coverage of NExT-QA question files (no store needed).")
public final class EvalQuestionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CSV", description = "NExT-QA MC, OE or GQA question CSVs.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QuestionAnalyser analyser = QuestionAnalyser.standard();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CotasksException("no such file: " + file, CotasksException.USAGE, null);
            }
            ParseCoverage coverage = ParseCoverage.of(NextQaQuestionFile.read(file, spec.commandLine().getErr()), analyser);
            out.println(file);
            coverage.lines().forEach(out::println);
            out.flush();
        }
        return 0;
    }
}
