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
                throw ValueChecks.error(bindings.get(i), "'" + vars.eventNames().get(i) + "' shares no entity and no temporal "
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
            List<String> pair = c.accept(TEMPORAL_OPERANDS);
            if (pair.equals(List.of(a, b)) || pair.equals(List.of(b, a))) {
                return true;
            }
        }
        return false;
    }

    /** The two operands of a temporal constraint; none for a comparison. */
    private static final Constraint.Visitor<List<String>> TEMPORAL_OPERANDS = new Constraint.Visitor<>() {
        @Override
        public List<String> visitTemporal(Constraint.Temporal t) {
            return List.of(t.left().text(), t.right().text());
        }

        @Override
        public List<String> visitWithin(Constraint.Within w) {
            return List.of(w.left().text(), w.right().text());
        }

        @Override
        public List<String> visitComparison(Constraint.Comparison c) {
            return List.of();
        }
    };
}
