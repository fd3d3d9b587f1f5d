package io.cotasks.store.model;

import java.util.List;
import java.util.Objects;

/**
 * A question about a video from NExT-QA (MC, OE, GQA) or STAR.
 *
 * @param dataset     nextqa-mc, nextqa-oe, nextqa-gqa or star
 * @param qid         the dataset's question id (NExT-QA qids are unique only within a video)
 * @param videoId     the video it asks about
 * @param type        type code: CW, CH, TN, TC, TP, DL, DC, DO, DB for NExT-QA; Interaction, Sequence,
 *                    Prediction, Feasibility for STAR
 * @param text        the question
 * @param choices     the answer options, empty for open-ended questions
 * @param answer      the correct answer's text
 * @param answerIndex the index of the correct choice, or -1 when there are no choices
 * @param spans       ground-truth answer spans in seconds (NExT-GQA; STAR start/end)
 * @param program     the STAR functional program, empty otherwise
 */
public record Question(String dataset, String qid, String videoId, String type, String text,
                       List<String> choices, String answer, int answerIndex,
                       List<Span> spans, List<String> program) {

    public Question {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(videoId, "videoId");
        choices = List.copyOf(choices);
        spans = List.copyOf(spans);
        program = List.copyOf(program);
    }

    /** The natural key stored as {@code Question.uid}. */
    public String uid() {
        return uid(dataset, videoId, qid);
    }

    public static String uid(String dataset, String videoId, String qid) {
        return dataset + "#" + videoId + "#" + qid;
    }
}
