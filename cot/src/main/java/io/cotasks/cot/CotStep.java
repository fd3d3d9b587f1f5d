package io.cotasks.cot;

import java.util.List;

/**
 * One CoT step: the DSL statements that produced it and its text with evidence.
 *
 * @param task       which of the four tasks
 * @param statements the DSL statements run for this step, so the step is reproducible
 * @param text       the step as it appears in the prompt
 */
public record CotStep(CoTask task, List<String> statements, String text) {

    public CotStep {
        statements = List.copyOf(statements);
    }
}
