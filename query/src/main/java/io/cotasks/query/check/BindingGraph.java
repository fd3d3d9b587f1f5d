package io.cotasks.query.check;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.Constraint;

import java.util.List;

/** How the bindings of a statement are tied together: by shared entities and by temporal constraints. */
final class BindingGraph {

    private BindingGraph() {
    }

    /**
     * Every binding must share an entity with, or be constrained in time against, another binding:
     * otherwise the result pairs every event with every other one (a cartesian product).
     */
    static void requireConnected(List<Binding> bindings, List<Constraint> where, Variables vars) {
        int n = bindings.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (shareEntity(vars, i, j) || constrained(where, vars.eventNames().get(i), vars.eventNames().get(j))) {
                    int from = group[j];
                    int to = group[i];
                    for (int k = 0; k < n; k++) {
                        if (group[k] == from) {
                            group[k] = to;
                        }
                    }
                }
            }
        }
        for (int i = 1; i < n; i++) {
            if (group[i] != group[0]) {
                throw SemanticChecker.error(bindings.get(i), "'" + vars.eventNames().get(i) + "' shares no entity and no temporal "
                        + "constraint with '" + vars.eventNames().get(0) + "'; the result would pair every event with every other");
            }
        }
    }

    private static boolean shareEntity(Variables vars, int i, int j) {
        java.util.Set<String> a = new java.util.HashSet<>(java.util.Arrays.asList(vars.subjectOf(i), vars.objectOf(i)));
        a.remove(null);
        return a.contains(vars.subjectOf(j)) || (vars.objectOf(j) != null && a.contains(vars.objectOf(j)));
    }

    private static boolean constrained(List<Constraint> where, String a, String b) {
        for (Constraint c : where) {
            String left = c instanceof Constraint.Temporal t ? t.left().text()
                    : c instanceof Constraint.Within w ? w.left().text() : null;
            String right = c instanceof Constraint.Temporal t ? t.right().text()
                    : c instanceof Constraint.Within w ? w.right().text() : null;
            if (left != null && (left.equals(a) && right.equals(b) || left.equals(b) && right.equals(a))) {
                return true;
            }
        }
        return false;
    }
}
