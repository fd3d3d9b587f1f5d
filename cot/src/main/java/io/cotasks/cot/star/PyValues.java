package io.cotasks.cot.star;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Python semantics the STAR reference executor relies on, for the values a program's stack holds:
 * {@code null} is None, {@link String} is str, {@link Integer} is int (a label), {@link List} is list and
 * {@link Situations} is the situations dict (its frames are {@link SituationFrames.Frame}s). Each
 * operation does what CPython does, raising {@link PythonError} (with Python's exception name and message)
 * where Python raises: {@code x in "sandwich"} is a substring test, iterating a string walks its
 * characters, {@code d[0]} on a dict is a KeyError, a list is unhashable.
 */
final class PyValues {

    /** A Python exception the reference executor would raise at this point (it would stop there). */
    static final class PythonError extends RuntimeException {
        PythonError(String type, String message) {
            super(type + ": " + message, null, false, false);
        }
    }

    private PyValues() {
    }

    /** Python's {@code type(x).__name__}. */
    static String typeName(Object x) {
        if (x == null) {
            return "NoneType";
        }
        if (x instanceof String) {
            return "str";
        }
        if (x instanceof Integer) {
            return "int";
        }
        if (x instanceof List<?>) {
            return "list";
        }
        return "dict";
    }

    /** Python's {@code a == b}. */
    static boolean eq(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!eq(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Python's {@code item in container}. */
    static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String i)) {
                throw new PythonError("TypeError", "'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s.contains(i);
        }
        if (container instanceof List<?> l) {
            for (Object x : l) {
                if (eq(x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Situations d) {
            requireHashable(item);
            return d.keys().contains(item);
        }
        if (container instanceof SituationFrames.Frame f) {
            requireHashable(item);
            return SituationFrames.Frame.FIELDS.contains(item);
        }
        throw new PythonError("TypeError", "argument of type '" + typeName(container) + "' is not iterable");
    }

    /** Python's {@code for x in value}: a list's items, a string's characters, a dict's keys. */
    static List<Object> iterate(Object value) {
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (value instanceof String s) {
            List<Object> chars = new ArrayList<>();
            s.codePoints().forEach(c -> chars.add(new String(Character.toChars(c))));
            return chars;
        }
        if (value instanceof Situations d) {
            return new ArrayList<>(d.keys());
        }
        if (value instanceof SituationFrames.Frame) {
            return new ArrayList<>(SituationFrames.Frame.FIELDS);
        }
        throw new PythonError("TypeError", "'" + typeName(value) + "' object is not iterable");
    }

    /** Python's {@code value[key]} for an int index (negative from the end) or a dict key. */
    static Object subscript(Object value, Object key) {
        if (value instanceof List<?> l) {
            if (!(key instanceof Integer i)) {
                throw new PythonError("TypeError", "list indices must be integers or slices, not " + typeName(key));
            }
            int at = i < 0 ? l.size() + i : i;
            if (at < 0 || at >= l.size()) {
                throw new PythonError("IndexError", "list index out of range");
            }
            return l.get(at);
        }
        if (value instanceof String s) {
            if (!(key instanceof Integer i)) {
                throw new PythonError("TypeError", "string indices must be integers");
            }
            List<Object> chars = iterate(s);
            int at = i < 0 ? chars.size() + i : i;
            if (at < 0 || at >= chars.size()) {
                throw new PythonError("IndexError", "string index out of range");
            }
            return chars.get(at);
        }
        if (value instanceof Situations d) {
            requireHashable(key);
            if (!d.keys().contains(key)) {
                throw new PythonError("KeyError", repr(key));
            }
            return d.frame((String) key);
        }
        if (value instanceof SituationFrames.Frame f) {
            requireHashable(key);
            return f.get(key);
        }
        throw new PythonError("TypeError", "'" + typeName(value) + "' object is not subscriptable");
    }

    /** Python's {@code mapping[key]} on one of the executor's string- or int-keyed maps. */
    static <V> V lookup(Map<?, V> mapping, Object key) {
        requireHashable(key);
        V v = key == null ? null : mapping.get(key);
        if (v == null) {
            throw new PythonError("KeyError", repr(key));
        }
        return v;
    }

    /** Python's {@code key in mapping} on one of the executor's maps. */
    static boolean hasKey(Map<?, ?> mapping, Object key) {
        requireHashable(key);
        return key != null && mapping.containsKey(key);
    }

    /** Python's {@code len(value)} for a list or a string. */
    static int len(Object value) {
        return value instanceof String s ? s.codePointCount(0, s.length()) : ((List<?>) value).size();
    }

    /** Python's {@code value.index(item)} for a list (equality) or a string (substring). */
    static int index(Object value, Object item) {
        if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                if (eq(l.get(i), item)) {
                    return i;
                }
            }
            throw new PythonError("ValueError", repr(item) + " is not in list");
        }
        if (value instanceof String s) {
            if (!(item instanceof String sub)) {
                throw new PythonError("TypeError", "must be str, not " + typeName(item));
            }
            int at = s.indexOf(sub);
            if (at < 0) {
                throw new PythonError("ValueError", "substring not found");
            }
            return s.codePointCount(0, at);
        }
        throw new PythonError("AttributeError", "'" + typeName(value) + "' object has no attribute 'index'");
    }

    /** Python's {@code value[from:to]} for a list or a string ({@code to} = -1 for the end). */
    static Object slice(Object value, int from, int to) {
        if (value instanceof String s) {
            int[] cps = s.codePoints().toArray();
            int end = to < 0 ? cps.length : Math.min(to, cps.length);
            return from >= end ? "" : new String(cps, from, end - from);
        }
        List<?> l = (List<?>) value;
        int end = to < 0 ? l.size() : Math.min(to, l.size());
        return from >= end ? new ArrayList<>() : new ArrayList<>(l.subList(from, end));
    }

    /** Python's {@code repr(x)}, shortened for dicts. */
    static String repr(Object x) {
        if (x == null) {
            return "None";
        }
        if (x instanceof String s) {
            return "'" + s + "'";
        }
        if (x instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(repr(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (x instanceof Situations d) {
            // Python prints every frame's dict; its keys are enough to tell two situations apart here
            return "{" + String.join(", ", d.keys().stream().map(k -> "'" + k + "': {...}").toList()) + "}";
        }
        return x.toString();
    }

    private static void requireHashable(Object key) {
        if (key instanceof List<?> || key instanceof Situations || key instanceof SituationFrames.Frame) {
            throw new PythonError("TypeError", "unhashable type: '" + typeName(key) + "'");
        }
    }
}
