package io.cotasks.cot;

import io.cotasks.store.model.Question;

import java.util.List;

/**
 * The chain of thought for one question.
 *
 * @param question    the question
 * @param steps       the four steps in order
 * @param text        the compact CoT text (all steps, under the token budget), embedded before the question
 * @param grounded    false when no entity or event of the question could be found in the graph
 * @param graphAnswer the answer the graph supports (a choice text), or null when it supports none
 */
public record CotResult(Question question, List<CotStep> steps, String text, boolean grounded, String graphAnswer) {

    public CotResult {
        steps = List.copyOf(steps);
    }
}
