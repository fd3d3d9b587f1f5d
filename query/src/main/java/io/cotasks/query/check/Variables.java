package io.cotasks.query.check;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.ReturnClause;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables of a list of bindings. Anonymous events are named {@code e1}, {@code e2}, ... after their
 * position (skipping names the user took); anonymous entities get internal names that start with
 * {@code _}, a prefix users cannot declare.
 */
public final class Variables {

    private final List<String> eventNames;
    private final Map<String, NodePattern> entities = new LinkedHashMap<>();
    private final List<List<String>> bindingEntities = new ArrayList<>();

    private Variables(List<Binding> bindings) {
        Set<String> taken = new HashSet<>();
        for (Binding b : bindings) {
            if (b.variable() != null) {
                taken.add(b.variable().text());
            }
            addIfNamed(taken, b.subject());
            addIfNamed(taken, b.object());
        }
        eventNames = new ArrayList<>();
        int anonymousNodes = 0;
        for (int i = 0; i < bindings.size(); i++) {
            Binding b = bindings.get(i);
            eventNames.add(b.variable() != null ? b.variable().text() : freeName("e" + (i + 1), taken));
            List<String> names = new ArrayList<>();
            for (NodePattern node : new NodePattern[] {b.subject(), b.object()}) {
                if (node == null) {
                    names.add(null);
                    continue;
                }
                String name = node.variable() != null ? node.variable().text() : "_n" + (++anonymousNodes);
                NodePattern previous = entities.get(name);
                if (previous == null || previous.isUnconstrained()) {
                    entities.put(name, node);
                }
                names.add(name);
            }
            bindingEntities.add(names);
        }
    }

    public static Variables of(List<Binding> bindings) {
        return new Variables(bindings);
    }

    private static void addIfNamed(Set<String> taken, NodePattern node) {
        if (node != null && node.variable() != null) {
            taken.add(node.variable().text());
        }
    }

    private static String freeName(String preferred, Set<String> taken) {
        String name = preferred;
        while (taken.contains(name)) {
            name = "_" + name;
        }
        taken.add(name);
        return name;
    }

    /** The event variable of each binding, in order. */
    public List<String> eventNames() {
        return eventNames;
    }

    /** The entity variable of binding i's subject. */
    public String subjectOf(int i) {
        return bindingEntities.get(i).get(0);
    }

    /** The entity variable of binding i's object, or null when the binding has none. */
    public String objectOf(int i) {
        return bindingEntities.get(i).get(1);
    }

    /** Entity variables with their first pattern, in order of appearance. */
    public Map<String, NodePattern> entities() {
        return entities;
    }

    public boolean isEvent(String name) {
        return eventNames.contains(name);
    }

    public boolean isEntity(String name) {
        return entities.containsKey(name);
    }

    /** The event EARLIEST/LATEST orders by: BY e, the item's own event, or the only event. */
    public String orderingEvent(ReturnClause.Extreme extreme) {
        String keyword = extreme.earliest() ? "EARLIEST" : "LATEST";
        if (extreme.by() != null) {
            if (!isEvent(extreme.by().text())) {
                throw ValueChecks.error(extreme.by(), keyword + " ... BY needs an event variable, '" + extreme.by().text()
                        + "' is " + (isEntity(extreme.by().text()) ? "an entity" : "not bound"));
            }
            return extreme.by().text();
        }
        String var = extreme.item().variable().text();
        if (isEvent(var)) {
            return var;
        }
        if (eventNames().size() == 1) {
            return eventNames().get(0);
        }
        throw ValueChecks.error(extreme.item(), keyword + " needs to know which event orders it: add BY <event>");
    }
}
