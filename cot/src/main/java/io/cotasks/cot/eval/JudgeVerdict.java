package io.cotasks.cot.eval;

/**
 * The judge's reading of one open-ended answer.
 *
 * @param yes   whether the prediction matches the correct answer
 * @param score the 0-5 match score
 */
public record JudgeVerdict(boolean yes, double score) {

    public JudgeVerdict {
        if (score < 0 || score > 5) {
            throw new IllegalArgumentException("judge score out of 0-5: " + score);
        }
    }
}
