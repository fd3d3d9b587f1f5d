package io.cotasks.datasets.nextqa;

import io.cotasks.store.model.Question;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link NextQaReader} read from one CSV.
 *
 * @param file      the CSV
 * @param format    its layout, from the header
 * @param questions the good rows, in file order
 * @param badRows   the skipped rows, in file order
 * @param gsub      the GQA spans the questions were joined with ({@link GqaSpans#none()} otherwise)
 */
public record NextQaQuestions(Path file, NextQaFormat format, List<NextQaQuestion> questions, List<BadRow> badRows,
                              GqaSpans gsub) {

    public NextQaQuestions {
        questions = List.copyOf(questions);
        badRows = List.copyOf(badRows);
    }

    /** The good rows as the store's questions. */
    public List<Question> toQuestions() {
        return questions.stream().map(NextQaQuestion::toQuestion).toList();
    }
}
