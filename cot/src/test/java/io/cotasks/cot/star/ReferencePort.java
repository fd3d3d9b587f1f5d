package io.cotasks.cot.star;

import com.fasterxml.jackson.databind.JsonNode;
import io.cotasks.store.star.StarClasses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain in-memory port of STAR_Benchmark's {@code executor.py} for the differential test: it reads a
 * release-layout record's {@code situations} itself (labels {@code o016} -> 16, {@code r009} -> 9, integers
 * as they are, actions as written) into Python-like values (None = null, str, int, list, dict =
 * {@link LinkedHashMap}) and runs the modules as the Python does. Written separately from
 * {@link StarLogic}/{@link PyValues}; it shares only the vocabulary tables and the documented choice of
 * label order for Objs/Rels (ints ascending, then strings).
 */
final class ReferencePort {

    /** Python raised: type and message. */
    static final class Raised extends RuntimeException {
        Raised(String type, String message) {
            super(type + ": " + message, null, false, false);
        }
    }

    private final Map<String, Map<String, List<Object>>> situations = new LinkedHashMap<>();
    private final Map<String, String> verbMap;
    private final Map<String, String> objMap;
    private final Map<String, Integer> objToInd = new LinkedHashMap<>();
    private final Map<Integer, String> indToObj = new LinkedHashMap<>();
    private final Map<String, Integer> relToInd = new LinkedHashMap<>();
    private final StarClasses classes;

    ReferencePort(JsonNode releaseRecord, StarClasses classes) {
        this.classes = classes;
        verbMap = classes.actionVerbs();
        objMap = classes.actionObjects();
        for (String o : classes.objects()) {
            indToObj.put(objToInd.size(), o);
            objToInd.put(o, objToInd.size());
        }
        for (String r : classes.relations()) {
            relToInd.put(r, relToInd.size());
        }
        releaseRecord.get("situations").fields().forEachRemaining(e -> {
            Map<String, List<Object>> frame = new LinkedHashMap<>();
            frame.put("actions", labels(e.getValue().get("actions"), ""));
            frame.put("rel_labels", labels(e.getValue().get("rel_labels"), "r"));
            frame.put("bbox_labels", labels(e.getValue().get("bbox_labels"), "o"));
            frame.put("rel_pairs", new ArrayList<>());
            situations.put(e.getKey(), frame);
        });
    }

    private static List<Object> labels(JsonNode node, String prefix) {
        List<Object> out = new ArrayList<>();
        for (JsonNode n : node) {
            String t = n.asText();
            if (n.isInt()) {
                out.add(n.asInt());
            } else if (!prefix.isEmpty() && t.matches(prefix + "\\d{3}")) {
                out.add(Integer.parseInt(t.substring(1)));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code Executor.run}: the result value, or "Raised: ..." text when Python would raise. */
    Object run(List<String> pg) {
        List<Object> stack = new ArrayList<>();
        try {
            for (String m : pg) {
                Integer n = StarLogic.NARGS.get(m);
                if (n == null) {
                    stack.add(m);
                    continue;
                }
                List<Object> argv = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (stack.isEmpty()) {
                        return "error";
                    }
                    argv.add(0, stack.remove(stack.size() - 1));
                }
                Object out = call(m, argv);
                if ("error".equals(out)) {
                    return "error";
                }
                stack.add(out);
            }
            if (stack.isEmpty()) {
                throw new Raised("IndexError", "list index out of range");
            }
            Object last = stack.get(stack.size() - 1);
            return last == null ? "error" : last;
        } catch (Raised e) {
            return new RaisedResult(e.getMessage());
        }
    }

    /** The result of a run that raised. */
    record RaisedResult(String message) {
    }

    private Object call(String m, List<Object> a) {
        Object x = a.isEmpty() ? null : a.get(0);
        Object y = a.size() < 2 ? null : a.get(1);
        switch (m) {
            case "Situations": {
                Map<String, Map<String, List<Object>>> copy = new LinkedHashMap<>();
                situations.forEach(copy::put);
                return copy;
            }
            case "Actions": {
                if (x == null) return null;
                List<Object> out = new ArrayList<>();
                for (String f : keysSorted(x)) {
                    for (Object act : iter(item(item(x, f), "actions"))) {
                        if (!in(act, out)) out.add(act);
                    }
                }
                return out.isEmpty() ? null : out;
            }
            case "Objs":
            case "Rels": {
                if (x == null) return null;
                LinkedHashSet<Object> set = new LinkedHashSet<>();
                for (String f : keysSorted(x)) {
                    for (Object l : iter(item(item(x, f), m.equals("Objs") ? "bbox_labels" : "rel_labels"))) {
                        hashable(l);
                        set.add(l);
                    }
                }
                TreeMap<Integer, Object> ints = new TreeMap<>();
                TreeMap<String, Object> strs = new TreeMap<>();
                set.forEach(v -> { if (v instanceof Integer i) ints.put(i, i); else strs.put(String.valueOf(v), v); });
                List<Object> out = new ArrayList<>(ints.values());
                out.addAll(strs.values());
                return out.isEmpty() ? null : out;
            }
            case "Filter_Actions_with_Verb":
            case "Filter_Actions_with_Obj": {
                if (x == null) return null;
                Map<String, String> map = m.endsWith("Verb") ? verbMap : objMap;
                List<Object> out = new ArrayList<>();
                for (Object act : iter(x)) {
                    if (same(get(map, act), y)) out.add(act);
                }
                return out.isEmpty() ? null : out;
            }
            case "Filter_After_Actions": {
                if (x == null || y == null) return null;
                int index = indexOf(x, y);
                if (index == length(x) - 1) return null;
                return cut(x, index + 1, length(x));
            }
            case "Filter_Before_Actions": {
                if (x == null || y == null) return null;
                int index = indexOf(x, y);
                if (index == 0) return null;
                return cut(x, 0, index);
            }
            case "Filter_Situations_with_Rel":
            case "Filter_Situations_with_Obj": {
                if (x == null) return null;
                boolean rel = m.endsWith("Rel");
                Map<Object, Object> select = new LinkedHashMap<>();
                for (Object f : iter(x)) {
                    Object labels = item(item(x, f), rel ? "rel_labels" : "bbox_labels");
                    Object cls = index(rel ? relToInd : objToInd, y);
                    if (in(cls, labels)) select.put(f, item(x, f));
                }
                return select.isEmpty() ? x : select;
            }
            case "Filter_Objs_by_Verb": {
                if (x == null) return null;
                List<String> feasible = y instanceof String v ? classes.feasibleObjects(v) : null;
                hashable(y);
                if (feasible == null) throw new Raised("KeyError", repr(y));
                List<Object> out = new ArrayList<>();
                for (Object ind : iter(x)) {
                    hashable(ind);
                    if (!(ind instanceof Integer i) || !indToObj.containsKey(i)) continue;
                    String obj = indToObj.get(i);
                    if (feasible.contains(obj)) out.add(obj);
                }
                return out.isEmpty() ? null : out;
            }
            case "Query_Verbs":
            case "Query_Objs": {
                if (x == null) return null;
                Map<String, String> map = m.equals("Query_Verbs") ? verbMap : objMap;
                if (x instanceof List<?> l) {
                    List<Object> out = new ArrayList<>();
                    for (Object act : l) out.add(get(map, act));
                    return out;
                }
                return get(map, x);
            }
            case "Query_Actions": {
                if (x == null) return new ArrayList<>(Arrays.asList(null, null));
                if (x instanceof List<?> l) {
                    List<Object> out = new ArrayList<>();
                    for (Object act : l) out.add(new ArrayList<>(List.of(get(verbMap, act), get(objMap, act))));
                    return out;
                }
                return new ArrayList<>(List.of(get(verbMap, x), get(objMap, x)));
            }
            case "Query_Earliest_Action":
            case "Unique":
                return x == null ? null : item(x, 0);
            case "Query_Latest_Action":
                return x == null ? null : item(x, -1);
            case "Equal":
                return x == null || y == null ? "Wrong" : same(x, y) ? "Correct" : "Wrong";
            case "Belong_to":
                return x == null || y == null ? "Wrong" : in(y, x) ? "Correct" : "Wrong";
            case "Union": {
                if (x == null && y == null) return null;
                if (x instanceof List<?> l1 && y instanceof List<?> l2) {
                    List<Object> out = new ArrayList<>(l1);
                    out.addAll(l2);
                    return out;
                }
                if (x instanceof List<?> && y == null) return x;
                if (y instanceof List<?> && x == null) return y;
                return new ArrayList<>(Arrays.asList(x, y));
            }
            case "Except": {
                if (x == null) return null;
                if (y == null) return x;
                List<Object> out = new ArrayList<>();
                for (Object it : iter(x)) {
                    if (!in(it, y)) out.add(it);
                }
                return out.isEmpty() ? null : out;
            }
            default:
                throw new IllegalStateException(m);
        }
    }

    // ---- Python built-ins, for the values above ----

    static String type(Object v) {
        return v == null ? "NoneType" : v instanceof String ? "str" : v instanceof Integer ? "int"
                : v instanceof List<?> ? "list" : "dict";
    }

    static boolean same(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!same(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) return x.keySet().equals(y.keySet());
        return a.equals(b);
    }

    private static void hashable(Object k) {
        if (k instanceof List<?> || k instanceof Map<?, ?>) throw new Raised("TypeError", "unhashable type: '" + type(k) + "'");
    }

    private static boolean in(Object item, Object container) {
        if (container instanceof String s) {
            if (item instanceof String t) return s.contains(t);
            throw new Raised("TypeError", "'in <string>' requires string as left operand, not " + type(item));
        }
        if (container instanceof List<?> l) {
            for (Object o : l) if (same(o, item)) return true;
            return false;
        }
        if (container instanceof Map<?, ?> d) {
            hashable(item);
            return d.containsKey(item);
        }
        throw new Raised("TypeError", "argument of type '" + type(container) + "' is not iterable");
    }

    private static List<Object> iter(Object v) {
        if (v instanceof List<?> l) return new ArrayList<>(l);
        if (v instanceof String s) {
            List<Object> out = new ArrayList<>();
            for (char c : s.toCharArray()) out.add(String.valueOf(c));
            return out;
        }
        if (v instanceof Map<?, ?> d) return new ArrayList<>(d.keySet());
        throw new Raised("TypeError", "'" + type(v) + "' object is not iterable");
    }

    private static Object item(Object v, Object key) {
        if (v instanceof List<?> l) {
            if (!(key instanceof Integer i)) throw new Raised("TypeError", "list indices must be integers or slices, not " + type(key));
            int at = i < 0 ? l.size() + i : i;
            if (at < 0 || at >= l.size()) throw new Raised("IndexError", "list index out of range");
            return l.get(at);
        }
        if (v instanceof String s) {
            if (!(key instanceof Integer i)) throw new Raised("TypeError", "string indices must be integers");
            int at = i < 0 ? s.length() + i : i;
            if (at < 0 || at >= s.length()) throw new Raised("IndexError", "string index out of range");
            return String.valueOf(s.charAt(at));
        }
        if (v instanceof Map<?, ?> d) {
            hashable(key);
            if (!d.containsKey(key)) throw new Raised("KeyError", repr(key));
            return d.get(key);
        }
        throw new Raised("TypeError", "'" + type(v) + "' object is not subscriptable");
    }

    private static List<String> keysSorted(Object v) {
        if (!(v instanceof Map<?, ?> d)) throw new Raised("AttributeError", "'" + type(v) + "' object has no attribute 'keys'");
        return d.keySet().stream().map(String::valueOf).sorted().toList();
    }

    private static String get(Map<?, String> map, Object key) {
        hashable(key);
        String v = key == null ? null : map.get(key);
        if (v == null) throw new Raised("KeyError", repr(key));
        return v;
    }

    private static Integer index(Map<String, Integer> map, Object key) {
        hashable(key);
        Integer v = key instanceof String s ? map.get(s) : null;
        if (v == null) throw new Raised("KeyError", repr(key));
        return v;
    }

    private static int indexOf(Object v, Object x) {
        if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) if (same(l.get(i), x)) return i;
            throw new Raised("ValueError", repr(x) + " is not in list");
        }
        if (v instanceof String s) {
            if (!(x instanceof String t)) throw new Raised("TypeError", "must be str, not " + type(x));
            int i = s.indexOf(t);
            if (i < 0) throw new Raised("ValueError", "substring not found");
            return i;
        }
        throw new Raised("AttributeError", "'" + type(v) + "' object has no attribute 'index'");
    }

    private static int length(Object v) {
        return v instanceof String s ? s.length() : ((List<?>) v).size();
    }

    private static Object cut(Object v, int from, int to) {
        if (v instanceof String s) return from >= to ? "" : s.substring(from, to);
        List<?> l = (List<?>) v;
        return from >= to ? new ArrayList<>() : new ArrayList<>(l.subList(from, to));
    }

    static String repr(Object v) {
        if (v == null) return "None";
        if (v instanceof String s) return "'" + s + "'";
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(o -> parts.add(repr(o)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof Map<?, ?> d) {
            return "{" + String.join(", ", d.keySet().stream().map(k -> "'" + k + "': {...}").toList()) + "}";
        }
        return String.valueOf(v);
    }
}
