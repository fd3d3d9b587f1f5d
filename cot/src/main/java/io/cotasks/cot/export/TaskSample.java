package io.cotasks.cot.export;

import io.cotasks.cot.CoTask;
import io.cotasks.store.model.Question;

/**
 * One CoTask instruction sample: a question about one of the four tasks, answered from the graph.
 *
 * @param question    the question it was derived from
 * @param task        the task
 * @param instruction what the sample asks
 * @param answer      the answer the graph gives
 */
public record TaskSample(Question question, CoTask task, String instruction, String answer) {

    public String id() {
        return Prompt.id(question) + "_" + task.name().toLowerCase(java.util.Locale.ROOT);
    }
}
