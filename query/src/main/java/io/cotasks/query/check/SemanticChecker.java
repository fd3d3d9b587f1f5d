package io.cotasks.query.check;

import io.cotasks.query.QueryException;
import io.cotasks.query.ast.AstNode;
import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.Statement;
import io.cotasks.query.ast.TimeFilter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a statement before it is compiled: names against the graph's vocabulary (with "did you mean"),
 * variables against their declarations, properties against their variables' types, and time ranges.
 */
public final class SemanticChecker {

    private final Vocabulary vocabulary;
    private final Map<String, StepKind> steps;

    private SemanticChecker(Vocabulary vocabulary, Map<String, StepKind> steps) {
        this.vocabulary = vocabulary;
        this.steps = steps;
    }

    /** Throws {@link QueryException} at the first problem. */
    public static void check(Statement statement, Vocabulary vocabulary, Map<String, StepKind> steps) {
        new SemanticChecker(vocabulary, steps).statement(statement);
    }

    private void statement(Statement statement) {
        if (statement instanceof Statement.Explain e) {
            statement(e.inner());
        } else if (statement instanceof Statement.Profile p) {
            statement(p.inner());
        } else if (statement instanceof Statement.Let l) {
            if (l.name().text().startsWith("_")) {
                throw error(l.name(), "names starting with '_' are reserved: '" + l.name().text() + "'");
            }
            query(l.query());
        } else if (statement instanceof Query q) {
            query(q);
        }
    }

    private void query(Query query) {
        if (query instanceof Query.Videos v) {
            v.filters().forEach(f -> comparison(f, Properties.VIDEO, "videos"));
            limit(v.limit(), v);
        } else if (query instanceof Query.Entities e) {
            if (e.node() != null) {
                node(e.node());
            }
            scope(e.scope());
            limit(e.limit(), e);
        } else if (query instanceof Query.Events e) {
            Variables vars = bindings(e.bindings());
            scope(e.scope());
            e.where().forEach(c -> constraint(c, vars));
            BindingGraph.requireConnected(e.bindings(), e.where(), vars);
            if (e.ret() != null) {
                returnClause(e.ret(), vars);
            }
            limit(e.limit(), e);
        } else if (query instanceof Query.Localize l) {
            Variables vars = bindings(l.bindings());
            scope(l.scope());
            l.where().forEach(c -> constraint(c, vars));
            BindingGraph.requireConnected(l.bindings(), l.where(), vars);
            limit(l.limit(), l);
        } else if (query instanceof Query.Track t) {
            node(t.node());
            scope(t.scope());
            if (t.sample() != null && t.sample() < 1) {
                throw error(t, "SAMPLE must be at least 1");
            }
        } else if (query instanceof Query.Spatial s) {
            s.nodes().forEach(this::node);
            scope(s.scope());
        } else if (query instanceof Query.Temporal t) {
            Variables vars = bindings(t.bindings());
            scope(t.scope());
            t.where().forEach(c -> constraint(c, vars));
            BindingGraph.requireConnected(t.bindings(), t.where(), vars);
        } else if (query instanceof Query.Belongs b) {
            step(b.step());
        } else if (query instanceof Query.Equals eq) {
            step(eq.left());
            if (eq.rightStep() != null) {
                step(eq.rightStep());
            }
        } else if (query instanceof Query.SetOps s) {
            step(s.first());
            s.rest().forEach(this::step);
        }
    }

    private Variables bindings(List<Binding> bindings) {
        Map<String, Name> events = new HashMap<>();
        Map<String, NodePattern> constrained = new HashMap<>();
        for (Binding b : bindings) {
            if (b.variable() != null) {
                reserved(b.variable());
                Name previous = events.putIfAbsent(b.variable().text(), b.variable());
                if (previous != null) {
                    throw error(b.variable(), "event variable '" + b.variable().text() + "' is already declared at "
                            + previous.pos());
                }
            }
            entity(b.subject(), constrained, events);
            if (b.object() != null) {
                entity(b.object(), constrained, events);
            }
            b.edge().predicates().forEach(p -> known(p, vocabulary.predicates(), "predicate"));
            if (b.edge().kind() != null) {
                known(b.edge().kind(), Properties.KINDS, "kind");
            }
        }
        return Variables.of(bindings);
    }

    private void entity(NodePattern node, Map<String, NodePattern> constrained, Map<String, Name> events) {
        node(node);
        if (node.variable() == null) {
            return;
        }
        String name = node.variable().text();
        if (events.containsKey(name)) {
            throw error(node.variable(), "'" + name + "' is already an event variable");
        }
        if (!node.isUnconstrained()) {
            NodePattern previous = constrained.putIfAbsent(name, node);
            if (previous != null) {
                throw error(node.variable(), "entity '" + name + "' is already declared at " + previous.variable().pos()
                        + "; refer to it as (" + name + ")");
            }
        }
    }

    private void node(NodePattern node) {
        if (node.variable() != null) {
            reserved(node.variable());
        }
        node.categories().forEach(c -> known(c, vocabulary.categories(), "category"));
    }

    private void scope(Scope scope) {
        scope.sources().forEach(s -> known(s, Properties.SOURCES, "source"));
        if (scope.time() != null) {
            time(scope.time());
        }
    }

    private static void time(TimeFilter time) {
        if (time instanceof TimeFilter.FrameRange r && r.from() > r.to()) {
            throw error(r, "impossible time range: FRAMES " + r.from() + ".." + r.to() + " is empty");
        }
        if (time instanceof TimeFilter.SecondRange r && r.from() > r.to()) {
            throw error(r, "impossible time range: SECONDS " + Numbers.format(r.from()) + ".."
                    + Numbers.format(r.to()) + " is empty");
        }
        if (time instanceof TimeFilter.First f) {
            positive(f, f.seconds(), "FIRST");
        }
        if (time instanceof TimeFilter.Last l) {
            positive(l, l.seconds(), "LAST");
        }
    }

    private static void positive(AstNode node, double seconds, String keyword) {
        if (seconds <= 0) {
            throw error(node, "impossible time range: " + keyword + " " + Numbers.format(seconds) + "s is empty");
        }
    }

    private void constraint(Constraint constraint, Variables vars) {
        if (constraint instanceof Constraint.Temporal t) {
            temporalOperands(t.left(), t.right(), vars);
        } else if (constraint instanceof Constraint.Within w) {
            temporalOperands(w.left(), w.right(), vars);
        } else if (constraint instanceof Constraint.Comparison c) {
            comparison(c, propertiesOf(c.variable(), vars), c.variable().text());
        }
    }

    private void temporalOperands(Name left, Name right, Variables vars) {
        eventOperand(left, vars);
        eventOperand(right, vars);
        if (left.text().equals(right.text())) {
            throw error(right, "'" + left.text() + "' is compared with itself");
        }
    }

    private void eventOperand(Name name, Variables vars) {
        String text = name.text();
        if (vars.isEvent(text) || steps.get(text) == StepKind.EVENTS) {
            return;
        }
        if (vars.isEntity(text)) {
            throw error(name, "'" + text + "' is an entity; temporal constraints compare events");
        }
        if (steps.containsKey(text)) {
            throw error(name, "step '" + text + "' holds values, not events; return events (RETURN e) to compare it");
        }
        throw unbound(name, vars);
    }

    private void returnClause(ReturnClause ret, Variables vars) {
        if (ret instanceof ReturnClause.Items items) {
            items.items().forEach(i -> item(i, vars));
            distinctColumns(items.items());
        } else if (ret instanceof ReturnClause.Count count) {
            if (count.distinctOf() != null) {
                item(count.distinctOf(), vars);
            }
            count.by().forEach(i -> item(i, vars));
            distinctColumns(count.by());
        } else if (ret instanceof ReturnClause.Extreme extreme) {
            item(extreme.item(), vars);
            orderingEvent(extreme, vars);
        }
    }

    /** The event EARLIEST/LATEST orders by: BY e, the item's own event, or the only event. */
    public static String orderingEvent(ReturnClause.Extreme extreme, Variables vars) {
        String keyword = extreme.earliest() ? "EARLIEST" : "LATEST";
        if (extreme.by() != null) {
            if (!vars.isEvent(extreme.by().text())) {
                throw error(extreme.by(), keyword + " ... BY needs an event variable, '" + extreme.by().text()
                        + "' is " + (vars.isEntity(extreme.by().text()) ? "an entity" : "not bound"));
            }
            return extreme.by().text();
        }
        String var = extreme.item().variable().text();
        if (vars.isEvent(var)) {
            return var;
        }
        if (vars.eventNames().size() == 1) {
            return vars.eventNames().get(0);
        }
        throw error(extreme.item(), keyword + " needs to know which event orders it: add BY <event>");
    }

    private static void distinctColumns(List<Item> items) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Item item : items) {
            if (!seen.add(item.column())) {
                throw error(item, "'" + item.column() + "' is returned twice");
            }
        }
    }

    private void item(Item item, Variables vars) {
        Map<String, Properties.Property> properties = propertiesOf(item.variable(), vars);
        if (item.property() != null) {
            property(item.property(), properties, item.variable().text());
        }
    }

    private Map<String, Properties.Property> propertiesOf(Name variable, Variables vars) {
        if (vars.isEvent(variable.text())) {
            return Properties.EVENT;
        }
        if (vars.isEntity(variable.text())) {
            return Properties.ENTITY;
        }
        throw unbound(variable, vars);
    }

    private static void comparison(Constraint.Comparison c, Map<String, Properties.Property> properties, String owner) {
        Properties.Property p = property(c.property(), properties, owner);
        Literal value = c.value();
        String what = (c.variable() == null ? "" : c.variable().text() + ".") + p.name();
        if (p.numeric() && !value.isNumber()) {
            throw error(value, what + " is a number, not " + describe(value));
        }
        if (!p.numeric() && !value.isString()) {
            throw error(value, what + " is a string, not " + describe(value));
        }
    }

    private static String describe(Literal value) {
        return value.isString() ? "a string" : value.isNumber() ? "a number" : "a boolean";
    }

    private static Properties.Property property(Name property, Map<String, Properties.Property> properties,
                                                String owner) {
        Properties.Property p = properties.get(property.text());
        if (p == null) {
            throw error(property, "unknown property '" + property.text() + "' of " + owner
                    + Suggestions.hint(property.text(), properties.keySet())
                    + " (one of " + String.join(", ", properties.keySet()) + ")");
        }
        return p;
    }

    private void step(Name name) {
        if (!steps.containsKey(name.text())) {
            throw error(name, "unbound variable '" + name.text() + "'" + Suggestions.hint(name.text(), steps.keySet()));
        }
    }

    private QueryException unbound(Name name, Variables vars) {
        List<String> known = new java.util.ArrayList<>(vars.eventNames());
        vars.entities().keySet().stream().filter(n -> !n.startsWith("_")).forEach(known::add);
        known.addAll(steps.keySet());
        return error(name, "unbound variable '" + name.text() + "'" + Suggestions.hint(name.text(), known));
    }

    private static void known(Name name, java.util.Set<String> vocabulary, String what) {
        if (!vocabulary.contains(name.text())) {
            throw error(name, "unknown " + what + " '" + name.text() + "'" + Suggestions.hint(name.text(), vocabulary));
        }
    }

    private static void reserved(Name name) {
        if (name.text().startsWith("_")) {
            throw error(name, "names starting with '_' are reserved: '" + name.text() + "'");
        }
        if (ReservedNames.CYPHER_WORDS.contains(name.text().toLowerCase(java.util.Locale.ROOT))) {
            throw error(name, "'" + name.text() + "' is a reserved word; choose another name");
        }
    }



    private static void limit(Long limit, AstNode node) {
        if (limit != null && limit < 1) {
            throw error(node, "LIMIT must be at least 1");
        }
    }

    static QueryException error(AstNode node, String message) {
        return new QueryException(node.pos().line(), node.pos().column(), message);
    }
}
