package io.cotasks.cot.nextqa;

import io.cotasks.cot.VideoFacts;
import io.cotasks.store.model.Question;

/**
 * What a {@link NextQaBatch} reads from the CoT generator: a video's facts and a question's outcome. Declared
 * here so that this package does not depend on the generator, which depends on it.
 */
public interface NextQaSource {

    /** The facts of a video (none when the graph does not hold it). */
    VideoFacts facts(String videoId);

    /** The plan and CoT of a NExT-QA question. */
    NextQaCot.Outcome explainNextQa(Question question);
}
