package io.cotasks.cot.star;

import io.cotasks.store.model.Question;

import java.util.List;

/**
 * A STAR question with what its program needs beyond {@link Question}: the choices' check programs, the
 * situation's keyframe window and the actions annotated for the situation.
 *
 * <p>The situation of a STAR question is its keyframes plus its annotated actions: a keyframe shows an
 * action when the action's span contains the keyframe's time. Relations and boxes of a keyframe are the
 * same for every question of a video, so the graph holds them once; which actions belong to a question's
 * situation is part of the question.
 *
 * @param question      the question as stored in the graph
 * @param choices       the four options with their check programs
 * @param firstKeyframe the first keyframe of the situation (frame index)
 * @param lastKeyframe  the last keyframe of the situation (frame index)
 * @param actions       the actions annotated for the situation
 */
public record StarQuestion(Question question, List<StarChoice> choices, int firstKeyframe, int lastKeyframe,
                           List<AnnotatedAction> actions) {

    public StarQuestion {
        choices = List.copyOf(choices);
        actions = List.copyOf(actions);
    }

    /** Interaction, Sequence, Prediction or Feasibility. */
    public String type() {
        return question.type();
    }

    public String videoId() {
        return question.videoId();
    }
}
