package io.cotasks.cot.star;

import io.cotasks.store.star.StarClasses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.cotasks.cot.star.PyValues.contains;
import static io.cotasks.cot.star.PyValues.eq;
import static io.cotasks.cot.star.PyValues.iterate;
import static io.cotasks.cot.star.PyValues.lookup;
import static io.cotasks.cot.star.PyValues.subscript;

/**
 * The 21 modules of the STAR reference executor ({@code code/program_executor/executor.py} of
 * csbobby/STAR_Benchmark), line for line, on the values of {@link PyValues}: {@code None} in gives
 * {@code None} out, a filter that keeps nothing gives {@code None}, a situation filter that matches no
 * keyframe keeps them all, and anything the Python code would raise raises the same
 * {@link PyValues.PythonError}. Labels are compared in the form {@link io.cotasks.store.star.StarLabels}
 * gives them (see docs/cot.md for where that differs from the reference run on raw release files).
 */
final class StarLogic {

    static final String CORRECT = "Correct";
    static final String WRONG = "Wrong";

    /** Module name to number of arguments, as the reference registers them. */
    static final Map<String, Integer> NARGS = nargs();

    private final Map<String, String> verbMap;
    private final Map<String, String> objMap;
    private final Map<String, Integer> objToInd = new HashMap<>();
    private final Map<Integer, String> indToObj = new HashMap<>();
    private final Map<String, Integer> relToInd = new HashMap<>();
    private final StarClasses classes;

    private StarLogic(StarClasses classes) {
        this.classes = classes;
        this.verbMap = classes.actionVerbs();
        this.objMap = classes.actionObjects();
        List<String> objects = classes.objects();
        for (int i = 0; i < objects.size(); i++) {
            objToInd.put(objects.get(i), i);
            indToObj.put(i, objects.get(i));
        }
        List<String> relations = classes.relations();
        for (int i = 0; i < relations.size(); i++) {
            relToInd.put(relations.get(i), i);
        }
    }

    static StarLogic of(StarClasses classes) {
        return new StarLogic(classes);
    }

    private static Map<String, Integer> nargs() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("Situations", 0);
        for (String one : List.of("Actions", "Objs", "Rels", "Unique", "Query_Objs", "Query_Actions", "Query_Verbs",
                "Query_Earliest_Action", "Query_Latest_Action")) {
            m.put(one, 1);
        }
        for (String two : List.of("Filter_Actions_with_Verb", "Filter_Actions_with_Obj", "Filter_After_Actions",
                "Filter_Before_Actions", "Filter_Situations_with_Rel", "Filter_Situations_with_Obj",
                "Filter_Objs_by_Verb", "Equal", "Union", "Belong_to", "Except")) {
            m.put(two, 2);
        }
        return Map.copyOf(m);
    }

    /** Runs one module on its arguments (already popped, in order); {@code situations} feeds Situations. */
    Object apply(String module, Object[] a, Situations situations) {
        return switch (module) {
            case "Situations" -> new Situations(situations.keys(), situations.frames());
            case "Actions" -> actions(a[0]);
            case "Objs" -> labels(a[0], "bbox_labels");
            case "Rels" -> labels(a[0], "rel_labels");
            case "Filter_Actions_with_Verb" -> filterActions(a[0], a[1], verbMap);
            case "Filter_Actions_with_Obj" -> filterActions(a[0], a[1], objMap);
            case "Filter_After_Actions" -> after(a[0], a[1]);
            case "Filter_Before_Actions" -> before(a[0], a[1]);
            case "Filter_Situations_with_Rel" -> filterSituations(a[0], a[1], "rel_labels", relToInd);
            case "Filter_Situations_with_Obj" -> filterSituations(a[0], a[1], "bbox_labels", objToInd);
            case "Filter_Objs_by_Verb" -> objsByVerb(a[0], a[1]);
            case "Unique", "Query_Earliest_Action" -> a[0] == null ? null : subscript(a[0], 0);
            case "Query_Latest_Action" -> a[0] == null ? null : subscript(a[0], -1);
            case "Equal" -> a[0] == null || a[1] == null ? WRONG : eq(a[0], a[1]) ? CORRECT : WRONG;
            case "Belong_to" -> a[0] == null || a[1] == null ? WRONG : contains(a[0], a[1]) ? CORRECT : WRONG;
            case "Union" -> union(a[0], a[1]);
            case "Except" -> except(a[0], a[1]);
            case "Query_Verbs" -> query(a[0], verbMap);
            case "Query_Objs" -> query(a[0], objMap);
            case "Query_Actions" -> queryActions(a[0]);
            default -> throw new IllegalArgumentException("not a module: " + module);
        };
    }

    /** {@code sorted(situations.keys())}: only a dict has keys. */
    private static List<String> sortedKeys(Object situations) {
        if (!(situations instanceof Situations d)) {
            throw new PyValues.PythonError("AttributeError", "'" + PyValues.typeName(situations) + "' object has no attribute 'keys'");
        }
        return d.keys().stream().sorted().toList();
    }

    private static Object actions(Object situations) {
        if (situations == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (String frame : sortedKeys(situations)) {
            for (Object act : iterate(subscript(subscript(situations, frame), "actions"))) {
                if (!contains(out, act)) {
                    out.add(act);
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * Objs and Rels: every label of the keyframes, once. The reference takes {@code list(set(labels))}, whose
     * order is CPython's hash-table order (and random for strings); ints come out ascending here, then strings.
     */
    private static Object labels(Object situations, String field) {
        if (situations == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (String frame : sortedKeys(situations)) {
            for (Object label : iterate(subscript(subscript(situations, frame), field))) {
                if (!contains(out, label)) {
                    out.add(label);
                }
            }
        }
        out.sort(Comparator.comparing((Object x) -> x instanceof Integer ? 0 : 1)
                .thenComparing(x -> x instanceof Integer i ? String.format("%012d", i) : String.valueOf(x)));
        return out.isEmpty() ? null : out;
    }

    private static Object filterActions(Object actions, Object wanted, Map<String, String> map) {
        if (actions == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (Object action : iterate(actions)) {
            if (eq(lookup(map, action), wanted)) {
                out.add(action);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static Object after(Object actions, Object current) {
        if (actions == null || current == null) {
            return null;
        }
        int index = PyValues.index(actions, current);
        return index == PyValues.len(actions) - 1 ? null : PyValues.slice(actions, index + 1, -1);
    }

    private static Object before(Object actions, Object current) {
        if (actions == null || current == null) {
            return null;
        }
        int index = PyValues.index(actions, current);
        return index == 0 ? null : PyValues.slice(actions, 0, index);
    }

    private static Object filterSituations(Object situations, Object wanted, String field, Map<String, Integer> toInd) {
        if (situations == null) {
            return null;
        }
        List<String> selected = new ArrayList<>();
        for (Object frame : iterate(situations)) {
            Object labels = subscript(subscript(situations, frame), field);
            Integer cls = lookup(toInd, wanted);
            if (contains(labels, cls)) {
                selected.add((String) frame);
            }
        }
        if (selected.isEmpty()) {
            return situations;
        }
        return new Situations(selected, ((Situations) situations).frames());
    }

    private Object objsByVerb(Object objs, Object verb) {
        if (objs == null) {
            return null;
        }
        List<String> feasible = verb instanceof String v ? classes.feasibleObjects(v) : null;
        if (feasible == null) {
            lookup(Map.of(), verb);
        }
        List<Object> out = new ArrayList<>();
        for (Object index : iterate(objs)) {
            if (!PyValues.hasKey(indToObj, index)) {
                continue;
            }
            String obj = indToObj.get(index);
            if (contains(new ArrayList<Object>(feasible), obj)) {
                out.add(obj);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static Object union(Object a, Object b) {
        if (a == null && b == null) {
            return null;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            List<Object> out = new ArrayList<>(la);
            out.addAll(lb);
            return out;
        }
        if (a instanceof List<?> && b == null) {
            return a;
        }
        if (b instanceof List<?> && a == null) {
            return b;
        }
        return new ArrayList<>(Arrays.asList(a, b));
    }

    private static Object except(Object group, Object remove) {
        if (group == null) {
            return null;
        }
        if (remove == null) {
            return group;
        }
        List<Object> out = new ArrayList<>();
        for (Object item : iterate(group)) {
            if (!contains(remove, item)) {
                out.add(item);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static Object query(Object action, Map<String, String> map) {
        if (action == null) {
            return null;
        }
        if (action instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object act : l) {
                out.add(lookup(map, act));
            }
            return out;
        }
        return lookup(map, action);
    }

    private Object queryActions(Object action) {
        if (action == null) {
            return new ArrayList<>(Arrays.asList(null, null));
        }
        if (action instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object act : l) {
                out.add(new ArrayList<>(List.of(lookup(verbMap, act), lookup(objMap, act))));
            }
            return out;
        }
        return new ArrayList<>(List.of(lookup(verbMap, action), lookup(objMap, action)));
    }
}
