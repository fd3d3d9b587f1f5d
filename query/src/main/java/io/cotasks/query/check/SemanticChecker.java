package io.cotasks.query.check;

import io.cotasks.query.error.QueryException;
import io.cotasks.query.ast.AstNode;
import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.Statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.cotasks.query.check.ValueChecks.comparison;
import static io.cotasks.query.check.ValueChecks.error;
import static io.cotasks.query.check.ValueChecks.known;
import static io.cotasks.query.check.ValueChecks.limit;
import static io.cotasks.query.check.ValueChecks.property;
import static io.cotasks.query.check.ValueChecks.reserved;

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
        statement.accept(new SemanticChecker(vocabulary, steps).new Statements());
    }

    /** One check per kind of statement. */
    private final class Statements implements Statement.Visitor<Void> {

        @Override
        public Void visitExplain(Statement.Explain explain) {
            return explain.inner().accept(this);
        }

        @Override
        public Void visitProfile(Statement.Profile profile) {
            return profile.inner().accept(this);
        }

        @Override
        public Void visitUseVideo(Statement.UseVideo useVideo) {
            return null;
        }

        @Override
        public Void visitLet(Statement.Let let) {
            if (let.name().text().startsWith("_")) {
                throw error(let.name(), "names starting with '_' are reserved: '" + let.name().text() + "'");
            }
            return let.query().accept(this);
        }

        @Override
        public Void visitVideos(Query.Videos v) {
            v.filters().forEach(f -> comparison(f, Properties.VIDEO, "videos"));
            limit(v.limit(), v);
            return null;
        }

        @Override
        public Void visitEntities(Query.Entities e) {
            if (e.node() != null) {
                node(e.node());
            }
            scope(e.scope());
            limit(e.limit(), e);
            return null;
        }

        @Override
        public Void visitEvents(Query.Events e) {
            Variables vars = matched(e.bindings(), e.scope(), e.where());
            if (e.ret() != null) {
                e.ret().accept(new ReturnChecker(SemanticChecker.this, vars));
            }
            limit(e.limit(), e);
            return null;
        }

        @Override
        public Void visitLocalize(Query.Localize l) {
            matched(l.bindings(), l.scope(), l.where());
            limit(l.limit(), l);
            return null;
        }

        @Override
        public Void visitTrack(Query.Track t) {
            node(t.node());
            scope(t.scope());
            if (t.sample() != null && t.sample() < 1) {
                throw error(t, "SAMPLE must be at least 1");
            }
            return null;
        }

        @Override
        public Void visitSpatial(Query.Spatial s) {
            s.nodes().forEach(SemanticChecker.this::node);
            scope(s.scope());
            return null;
        }

        @Override
        public Void visitTemporal(Query.Temporal t) {
            matched(t.bindings(), t.scope(), t.where());
            return null;
        }

        @Override
        public Void visitBelongs(Query.Belongs b) {
            step(b.step());
            return null;
        }

        @Override
        public Void visitEquals(Query.Equals eq) {
            step(eq.left());
            if (eq.rightStep() != null) {
                step(eq.rightStep());
            }
            return null;
        }

        @Override
        public Void visitSetOps(Query.SetOps s) {
            step(s.first());
            s.rest().forEach(SemanticChecker.this::step);
            return null;
        }
    }

    /** Bindings, scope and WHERE of EVENTS, LOCALIZE and TEMPORAL. */
    private Variables matched(List<Binding> bindings, Scope scope, List<Constraint> where) {
        Variables vars = bindings(bindings);
        scope(scope);
        where.forEach(c -> constraint(c, vars));
        BindingGraph.requireConnected(bindings, where, vars);
        return vars;
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
            scope.time().accept(TimeWindows.CHECK);
        }
    }

    private void constraint(Constraint constraint, Variables vars) {
        constraint.accept(new Constraint.Visitor<Void>() {
            @Override
            public Void visitTemporal(Constraint.Temporal t) {
                temporalOperands(t.left(), t.right(), vars);
                return null;
            }

            @Override
            public Void visitWithin(Constraint.Within w) {
                temporalOperands(w.left(), w.right(), vars);
                return null;
            }

            @Override
            public Void visitComparison(Constraint.Comparison c) {
                comparison(c, propertiesOf(c.variable(), vars), c.variable().text());
                return null;
            }
        });
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

    void item(Item item, Variables vars) {
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
}
