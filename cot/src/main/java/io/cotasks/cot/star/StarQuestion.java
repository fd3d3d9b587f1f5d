package io.cotasks.cot.star;

import io.cotasks.store.model.Question;

import java.util.List;

/**
 * A STAR question with what its program needs beyond {@link Question}: the choices' check programs, the
 * situation's keyframe window and, when it comes from its file, the record's own situation
 * ({@link QuestionSituation}).
 *
 * @param question      the question as stored in the graph
 * @param choices       the options with their check programs
 * @param firstKeyframe the first keyframe of the situation (frame index)
 * @param lastKeyframe  the last keyframe of the situation (frame index)
 * @param situation     the record's keyframes and their action lists, or null for a question read from the
 *                      graph (then every keyframe of the window and every action event in it count)
 * @param answered      false when the file has no answers (STAR_test.json)
 */
public record StarQuestion(Question question, List<StarChoice> choices, int firstKeyframe, int lastKeyframe,
                           QuestionSituation situation, boolean answered) {

    public StarQuestion {
        choices = List.copyOf(choices);
    }

    /** A question known only from the graph, over the keyframes of {@code [first, last]}. */
    public static StarQuestion inWindow(Question question, List<StarChoice> choices, int first, int last) {
        return new StarQuestion(question, choices, first, last, null, question.answerIndex() >= 0);
    }

    /** Interaction, Sequence, Prediction or Feasibility. */
    public String type() {
        return question.type();
    }

    public String videoId() {
        return question.videoId();
    }
}
