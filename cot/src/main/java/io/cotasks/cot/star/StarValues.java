package io.cotasks.cot.star;

import io.cotasks.store.star.StarClasses;

import java.util.List;

/** Text of executor values for traces: lists in brackets, None, and STAR action ids with their verb and object. */
final class StarValues {

    private StarValues() {
    }

    /** E.g. {@code [a053 put sandwich, a019 close book]}, {@code None}, {@code sandwich}. */
    static String show(Object value, StarClasses classes) {
        if (value == null) {
            return "None";
        }
        if (value instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(show(l.get(i), classes));
            }
            return sb.append(']').toString();
        }
        if (value instanceof String s && classes.actionVerbs().containsKey(s)) {
            return s + " " + classes.actionVerbs().get(s) + " " + classes.actionObjects().get(s);
        }
        return value.toString();
    }
}
