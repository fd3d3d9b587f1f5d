package io.cotasks.ingest.star;

import io.cotasks.ingest.JsonCursor;

import java.util.ArrayList;
import java.util.List;

/**
 * STAR release programs ({@code question_program}, {@code choice_program}: lists of
 * {@code {"function": F, "value_input": [...]}}) as the postfix token list the pre-release {@code program}
 * field holds: each step's inputs, then its function (the reference executor's {@code pg_transform}).
 */
final class StarPrograms {

    private StarPrograms() {
    }

    /** The postfix tokens of a release program; a step without a function is an error naming its JSON path. */
    static List<String> flatten(JsonCursor program) {
        List<String> tokens = new ArrayList<>();
        for (JsonCursor step : program.elements()) {
            JsonCursor inputs = step.opt("value_input");
            if (inputs != null) {
                inputs.elements().forEach(v -> tokens.add(v.asText()));
            }
            tokens.add(step.get("function").asText());
        }
        return tokens;
    }
}
