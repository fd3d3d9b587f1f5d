package io.cotasks.cot.star;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The STAR program operators that work on values already read from the graph (lists of actions, verbs and
 * objects), with the semantics of the STAR reference executor: an empty result is {@code null}, a filter that
 * removes everything yields {@code null}, {@code Union} of two items makes a pair, {@code Belong_to} is
 * membership.
 */
final class StarLogic {

    static final String CORRECT = "Correct";
    static final String WRONG = "Wrong";

    private StarLogic() {
    }

    @SuppressWarnings("unchecked")
    static List<StarAction> actions(Object value) {
        return value instanceof List<?> l && (l.isEmpty() || l.get(0) instanceof StarAction)
                ? (List<StarAction>) value : null;
    }

    static Object filterVerb(Object actions, String verb) {
        List<StarAction> in = actions(actions);
        if (in == null) {
            return null;
        }
        List<StarAction> out = in.stream().filter(a -> a.verb().equals(verb)).toList();
        return out.isEmpty() ? null : out;
    }

    static Object filterObject(Object actions, String object) {
        List<StarAction> in = actions(actions);
        if (in == null) {
            return null;
        }
        List<StarAction> out = in.stream().filter(a -> a.object().equals(object)).toList();
        return out.isEmpty() ? null : out;
    }

    static Object after(Object actions, Object current) {
        List<StarAction> in = actions(actions);
        if (in == null || current == null) {
            return null;
        }
        int i = in.indexOf(current);
        return i < 0 || i == in.size() - 1 ? null : List.copyOf(in.subList(i + 1, in.size()));
    }

    static Object before(Object actions, Object current) {
        List<StarAction> in = actions(actions);
        if (in == null || current == null) {
            return null;
        }
        int i = in.indexOf(current);
        return i <= 0 ? null : List.copyOf(in.subList(0, i));
    }

    static Object first(Object actions) {
        List<StarAction> in = actions(actions);
        return in == null || in.isEmpty() ? null : in.get(0);
    }

    static Object last(Object actions) {
        List<StarAction> in = actions(actions);
        return in == null || in.isEmpty() ? null : in.get(in.size() - 1);
    }

    static Object queryVerbs(Object action) {
        if (action == null) {
            return null;
        }
        List<StarAction> list = actions(action);
        return list != null ? list.stream().map(StarAction::verb).toList() : ((StarAction) action).verb();
    }

    static Object queryObjects(Object action) {
        if (action == null) {
            return null;
        }
        List<StarAction> list = actions(action);
        return list != null ? list.stream().map(StarAction::object).toList() : ((StarAction) action).object();
    }

    static Object queryActions(Object action) {
        if (action == null) {
            return Arrays.asList(null, null);
        }
        List<StarAction> list = actions(action);
        if (list != null) {
            return list.stream().map(a -> List.of(a.verb(), a.object())).toList();
        }
        StarAction a = (StarAction) action;
        return List.of(a.verb(), a.object());
    }

    static Object equal(Object a, Object b) {
        if (a == null || b == null) {
            return WRONG;
        }
        return Objects.equals(a, b) ? CORRECT : WRONG;
    }

    static Object belongTo(Object group, Object item) {
        if (group == null || item == null) {
            return WRONG;
        }
        if (group instanceof List<?> l) {
            return l.contains(item) ? CORRECT : WRONG;
        }
        if (group instanceof String s && item instanceof String i) {
            return s.contains(i) ? CORRECT : WRONG; // Python's `in` on two strings
        }
        return WRONG;
    }

    static Object union(Object a, Object b) {
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
        return Arrays.asList(a, b);
    }

    static Object except(Object group, Object remove) {
        if (group == null) {
            return null;
        }
        if (remove == null) {
            return group;
        }
        List<?> g = (List<?>) group;
        List<Object> out = new ArrayList<>();
        for (Object x : g) {
            boolean drop = remove instanceof List<?> r ? r.contains(x) : remove.equals(x);
            if (!drop) {
                out.add(x);
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Python-like text of a value, for traces: lists in brackets, null as None. */
    static String show(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(show(l.get(i)));
            }
            return sb.append(']').toString();
        }
        return value.toString();
    }
}
