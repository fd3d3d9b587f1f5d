package io.cotasks.cot.render;

import io.cotasks.cot.CoTask;

import java.util.List;

/**
 * A step before it is fitted to the token budget.
 *
 * @param task       the task
 * @param statements the DSL statements that produced it
 * @param summary    one line that is always kept
 * @param evidence   evidence items, most important first; the budget drops them from the end
 */
public record StepDraft(CoTask task, List<String> statements, String summary, List<String> evidence) {

    public StepDraft {
        statements = List.copyOf(statements);
        evidence = List.copyOf(evidence);
    }
}
