package io.cotasks.app;

import io.cotasks.datasets.nextqa.NextQaQuestions;
import io.cotasks.datasets.nextqa.NextQaReader;
import io.cotasks.store.model.Question;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The commands' way to read a NExT-QA CSV: the good rows, and one warning line per skipped row. */
final class NextQaQuestionFile {

    private NextQaQuestionFile() {
    }

    /** The questions of {@code csv} (without answer spans); prints {@code warning: skipped file:line: reason} per bad row. */
    static List<Question> read(Path csv, PrintWriter err) {
        NextQaQuestions file = NextQaReader.read(csv);
        file.badRows().forEach(bad -> err.println("warning: skipped " + bad));
        err.flush();
        return file.toQuestions();
    }
}
