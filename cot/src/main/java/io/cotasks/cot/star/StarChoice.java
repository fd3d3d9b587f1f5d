package io.cotasks.cot.star;

import java.util.List;

/**
 * One answer option of a STAR question.
 *
 * @param id        the choice id (0..3)
 * @param text      the option as shown, e.g. "The sandwich."
 * @param program   its postfix check program ({@code op_pro}, or the release's {@code choice_program}
 *                  flattened), run after the question's program
 * @param annotated true when the dataset marks it correct (pre-release {@code Correct}, release: its text is
 *                  the record's {@code answer})
 */
public record StarChoice(int id, String text, List<String> program, boolean annotated) {

    public StarChoice {
        program = List.copyOf(program);
    }
}
