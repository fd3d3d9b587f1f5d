package io.cotasks.cot.eval;

import io.cotasks.store.model.Question;

import java.util.List;

/**
 * The text sent to the model under test. Both runs use the same wording and sampling; the CoT run only adds
 * the CoT steps before the question, as the CoTasks method does.
 */
public final class AnswerPrompts {

    /** lmms-eval's wording for NExT-QA multiple choice. */
    static final String MC_INSTRUCTION = "Answer with the option's letter from the given choices directly.";
    /** lmms-eval's wording for NExT-QA open-ended. */
    static final String OE_INSTRUCTION = "Answer the question using a single word or phrase.";
    static final String COT_HEADER =
            "Reasoning steps grounded in the video's scene graph (frames, entities, spatial and temporal relations):";

    private AnswerPrompts() {
    }

    /** The option letters A, B, C, ... */
    public static char letter(int index) {
        return (char) ('A' + index);
    }

    /** The user text of the baseline run ({@code cot} null) or the CoT run. */
    public static String user(Question question, String cot) {
        StringBuilder text = new StringBuilder();
        if (cot != null && !cot.isBlank()) {
            text.append(COT_HEADER).append('\n').append(cot.strip()).append("\n\n");
        }
        text.append("Question: ").append(question.text().strip()).append('\n');
        List<String> choices = question.choices();
        if (choices.isEmpty()) {
            text.append(OE_INSTRUCTION);
        } else {
            text.append("Options:\n");
            for (int i = 0; i < choices.size(); i++) {
                text.append('(').append(letter(i)).append(") ").append(choices.get(i).strip()).append('\n');
            }
            text.append(MC_INSTRUCTION);
        }
        return text.toString();
    }
}
