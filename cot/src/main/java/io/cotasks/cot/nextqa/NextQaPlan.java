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

    /** Share of the anchor's length added on each side of the predicted moment. */
    public static final double MOMENT_MARGIN = 0.25;
    /** Shortest predicted moment, in seconds. */
    public static final double MOMENT_MIN_SECONDS = 8;

    /**
     * The moment the frame localization step predicts, {@code [begin, end]} in seconds (the NExT-GQA
     * prediction): the anchor's span widened by a quarter of its length on each side and to at least 8 s,
     * within the video; the whole video without an anchor.
     */
    public double[] moment() {
        double duration = facts.seconds(facts.frameCount());
        if (anchor == null) {
            return new double[]{0, duration};
        }
        double b = facts.seconds(anchor.begin());
        double e = facts.seconds(anchor.end());
        double length = Math.max(e - b, MOMENT_MIN_SECONDS);
        double pad = MOMENT_MARGIN * length;
        double grow = Math.max(0, (MOMENT_MIN_SECONDS - (e - b)) / 2);
        return new double[]{Math.max(0, b - Math.max(pad, grow)), Math.min(duration, e + Math.max(pad, grow))};
    }

    /** True when at least one entity and the anchor event were found in the graph. */
    public boolean grounded() {
        return grounding.hasEntity() && anchor != null;
    }
}
