package io.cotasks.datasets.nextqa;

import io.cotasks.store.model.Question;
import io.cotasks.store.model.Span;

import java.util.List;
import java.util.Objects;

/**
 * One row of a NExT-QA CSV, validated and typed.
 *
 * @param format      the file's layout (MC, OE or GQA)
 * @param line        the row's line in its file (the header is line 1)
 * @param videoId     the NExT-QA video id (digits)
 * @param frameCount  the video's frame count as published in the row
 * @param width       the video's width in pixels
 * @param height      the video's height in pixels
 * @param text        the question
 * @param qid         the question id, unique within a video (NExT-OE train has 3 ids used twice in a video)
 * @param type        the type code
 * @param choices     the five options of MC and GQA, empty for OE
 * @param answer      the correct answer's text (the indexed option for MC)
 * @param answerIndex the correct option's index, -1 for OE
 * @param spans       the answer's time spans in seconds from the gsub file (GQA), else empty
 */
public record NextQaQuestion(NextQaFormat format, long line, String videoId, int frameCount, int width, int height,
                             String text, String qid, NextQaType type, List<String> choices, String answer,
                             int answerIndex, List<Span> spans) {

    public NextQaQuestion {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        spans = List.copyOf(spans);
    }

    /** The store's question: dataset {@code nextqa-mc}, {@code nextqa-oe} or {@code nextqa-gqa} after the format. */
    public Question toQuestion() {
        return new Question(format.dataset(), qid, videoId, type.name(), text, choices, answer, answerIndex, spans, List.of());
    }
}
