package io.cotasks.cot.star;

import java.util.List;

/**
 * One answer option of a STAR question.
 *
 * @param id        the choice id (0..3)
 * @param text      the option as shown, e.g. "The sandwich."
 * @param program   its postfix check program ({@code op_pro}), run with the question's result on the stack
 * @param annotated true when the dataset marks it correct
 */
public record StarChoice(int id, String text, List<String> program, boolean annotated) {

    public StarChoice {
        program = List.copyOf(program);
    }
}
