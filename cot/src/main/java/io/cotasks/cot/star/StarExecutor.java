package io.cotasks.cot.star;

import io.cotasks.store.star.StarClasses;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference executor's {@code run}: tokens that are not modules are pushed as strings, a module pops
 * its arguments (too few: the run's result is {@code 'error'}), a module result equal to {@code 'error'}
 * ends the run with it, and a final {@code None} becomes {@code 'error'}. Where the Python code would raise,
 * the run ends with that error instead (the reference would stop the whole evaluation there).
 */
final class StarExecutor {

    /** The reference's result for a missing argument or a final None. */
    static final String ERROR = "error";

    /**
     * One run.
     *
     * @param value the run's result: the stack's last value, or {@code 'error'}; null when {@code error} is set
     * @param top   the stack's last value before a final None became {@code 'error'}
     * @param error the Python exception the reference would raise, e.g. {@code KeyError: 'a'}, or null
     * @param steps every module call in order
     */
    record Result(Object value, Object top, String error, List<Step> steps) {
    }

    /**
     * One module call.
     *
     * @param module    the module
     * @param arguments its arguments as popped
     * @param output    its result, null when it raised
     */
    record Step(String module, List<Object> arguments, Object output) {
    }

    private final StarLogic logic;

    private StarExecutor(StarLogic logic) {
        this.logic = logic;
    }

    static StarExecutor of(StarClasses classes) {
        return new StarExecutor(StarLogic.of(classes));
    }

    /** Runs postfix {@code tokens} on {@code situations}. */
    Result run(List<String> tokens, Situations situations) {
        List<Object> stack = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (String token : tokens) {
            Integer nargs = StarLogic.NARGS.get(token);
            if (nargs == null) {
                stack.add(token);
                continue;
            }
            Object[] argv = new Object[nargs];
            for (int i = nargs - 1; i >= 0; i--) {
                if (stack.isEmpty()) {
                    return new Result(ERROR, ERROR, null, steps);
                }
                argv[i] = stack.remove(stack.size() - 1);
            }
            Object out;
            try {
                out = logic.apply(token, argv, situations);
            } catch (PyValues.PythonError e) {
                steps.add(new Step(token, java.util.Arrays.asList(argv), null));
                return new Result(null, null, e.getMessage(), steps);
            }
            steps.add(new Step(token, java.util.Arrays.asList(argv), out));
            if (PyValues.eq(out, ERROR)) {
                return new Result(ERROR, ERROR, null, steps);
            }
            stack.add(out);
        }
        if (stack.isEmpty()) {
            return new Result(null, null, "IndexError: list index out of range", steps);
        }
        Object last = stack.get(stack.size() - 1);
        return new Result(last == null ? ERROR : last, last, null, steps);
    }
}
