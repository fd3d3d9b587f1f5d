package io.cotasks.cot.nextqa;

import io.cotasks.cot.VideoFacts;
import io.cotasks.store.model.Question;

/**
 * A NExT-QA question's plan: its grounding, the anchor event and the window the type looks at.
 *
 * @param question    the question
 * @param facts       the video's facts
 * @param grounding   the question's words in the video's vocabulary
 * @param anchor      the event the question is about, or null when none could be found
 * @param windowBegin first frame the type looks at
 * @param windowEnd   end frame (exclusive) the type looks at
 * @param rule        how the window follows from the anchor and the type, in words
 */
public record NextQaPlan(Question question, VideoFacts facts, Grounding grounding, VideoFacts.Event anchor,
                         int windowBegin, int windowEnd, String rule) {

    /** True when at least one entity and the anchor event were found in the graph. */
    public boolean grounded() {
        return grounding.hasEntity() && anchor != null;
    }
}
