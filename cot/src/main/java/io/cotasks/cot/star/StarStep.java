package io.cotasks.cot.star;

import io.cotasks.cot.CoTask;

import java.util.List;

/**
 * One executed operator of a STAR program.
 *
 * @param operator   the program operator, e.g. Filter_Actions_with_Verb
 * @param arguments  its literal arguments (verbs, objects, relations), empty when it has none
 * @param output     its result as text
 * @param task       the CoTask this operator contributes to
 * @param statements the DSL statements it ran, empty for operators on values already read
 */
public record StarStep(String operator, List<String> arguments, String output, CoTask task, List<String> statements) {

    public StarStep {
        arguments = List.copyOf(arguments);
        statements = List.copyOf(statements);
    }

    /** {@code Operator(arg) -> output}. */
    public String describe() {
        return operator + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")") + " -> " + output;
    }
}
