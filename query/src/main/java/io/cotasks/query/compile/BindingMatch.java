package io.cotasks.query.compile;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.EdgePattern;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.TimeFilter;
import io.cotasks.query.check.Properties;
import io.cotasks.query.check.Variables;
import io.cotasks.store.Schema;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.SymbolicName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MATCH patterns and WHERE condition of event bindings: one {@code (subject)<-[:SUBJECT]-(e:Event)-[:OBJECT]->(object)}
 * chain per binding, entity variables shared between bindings, every event in the same video, then the
 * scope (video, time window, source) and the WHERE constraints.
 */
final class BindingMatch {

    /*
     * Cypher names are the compiler's own, never the user's: a DSL variable may be any name the grammar
     * allows (a Cypher keyword, a result column such as "count"), and a result column named after a user's
     * variable never shadows a Cypher variable in ORDER BY. Users cannot write names starting with '_',
     * and the anonymous-event names of Variables (e1, _e1, ...) never take these forms.
     */
    private static final String EVENT_PREFIX = "_ev";
    private static final String ENTITY_PREFIX = "_n";

    final Variables vars;
    final Map<String, Node> entities = new LinkedHashMap<>();
    final Map<String, Node> events = new LinkedHashMap<>();
    final List<PatternElement> patterns = new ArrayList<>();
    final Node video;
    private Condition condition = Cypher.noCondition();
    private final Params params;
    private final Map<String, Step> steps;
    private int stepAliases;

    private BindingMatch(List<Binding> bindings, Params params, Map<String, Step> steps, boolean needsVideo) {
        this.vars = Variables.of(bindings);
        this.params = params;
        this.steps = steps;
        vars.entities().keySet().forEach(n -> entities.put(n,
                Cypher.node(Schema.ENTITY).named(ENTITY_PREFIX + (entities.size() + 1))));
        for (int i = 0; i < bindings.size(); i++) {
            String name = vars.eventNames().get(i);
            Node event = Cypher.node(Schema.EVENT).named(EVENT_PREFIX + (i + 1));
            events.put(name, event);
            Node subject = entities.get(vars.subjectOf(i));
            String objectName = vars.objectOf(i);
            patterns.add(objectName == null ? subject.relationshipFrom(event, Schema.SUBJECT)
                    : subject.relationshipFrom(event, Schema.SUBJECT).relationshipTo(entities.get(objectName), Schema.OBJECT));
        }
        video = needsVideo ? Cypher.node(Schema.VIDEO).named("_v") : null;
        if (video != null) {
            patterns.add(video);
        }
    }

    static BindingMatch of(List<Binding> bindings, Scope scope, List<Constraint> where, String videoId,
                           Params params, Map<String, Step> steps, boolean needsVideo) {
        boolean last = scope.time() instanceof TimeFilter.Last;
        BindingMatch m = new BindingMatch(bindings, params, steps, needsVideo || last);
        m.sameVideo(videoId);
        for (int i = 0; i < bindings.size(); i++) {
            String name = m.vars.eventNames().get(i);
            m.edge(m.events.get(name), name, bindings.get(i).edge());
        }
        m.vars.entities().forEach((name, node) -> m.and(Conditions.entity(m.entities.get(name), node, name, params)));
        for (Node e : m.events.values()) {
            m.and(Conditions.eventTime(e, scope.time(), params, m.video));
            m.and(Conditions.sources(e, scope.sources(), params));
        }
        where.forEach(m::constraint);
        return m;
    }

    Condition condition() {
        return condition;
    }

    Node firstEvent() {
        return events.values().iterator().next();
    }

    private void and(Condition c) {
        condition = condition.and(c);
    }

    private void sameVideo(String videoId) {
        Node first = firstEvent();
        Expression anchor = videoId != null ? params.add("video", videoId) : first.property(Schema.VIDEO_ID);
        for (Node e : events.values()) {
            if (videoId != null || e != first) {
                and(e.property(Schema.VIDEO_ID).isEqualTo(anchor));
            }
        }
        if (video != null) {
            and(video.property(Schema.ID).isEqualTo(anchor));
        }
    }

    private void edge(Node event, String name, EdgePattern edge) {
        if (!edge.predicates().isEmpty()) {
            and(Conditions.oneOf(event.property(Schema.PREDICATE), texts(edge.predicates()), name + "_predicate", params));
        }
        if (edge.kind() != null) {
            and(event.property(Schema.KIND).isEqualTo(params.add(name + "_kind", edge.kind().text())));
        }
    }

    static List<String> texts(List<Name> names) {
        return names.stream().map(Name::text).toList();
    }

    private void constraint(Constraint constraint) {
        constraint.accept(new Constraint.Visitor<Void>() {
            @Override
            public Void visitComparison(Constraint.Comparison c) {
                String variable = c.variable().text();
                boolean event = events.containsKey(variable);
                Node owner = event ? events.get(variable) : entities.get(variable);
                String graphName = (event ? Properties.EVENT : Properties.ENTITY).get(c.property().text()).graphName();
                and(Conditions.compare(owner.property(graphName), c.op(),
                        params.add(variable + "_" + c.property().text(), c.value().value())));
                return null;
            }

            @Override
            public Void visitTemporal(Constraint.Temporal t) {
                temporal(t.left(), t.right(), (a, b) -> Intervals.allen(a, t.op(), b));
                return null;
            }

            @Override
            public Void visitWithin(Constraint.Within w) {
                Object amount = w.frames() ? (Object) (long) w.amount() : (Object) w.amount();
                Expression bound = params.add("within", amount);
                temporal(w.left(), w.right(), (a, b) -> Intervals.within(a, w, b, bound));
                return null;
            }
        });
    }

    private interface SpanCondition {
        Condition apply(Intervals.Span a, Intervals.Span b);
    }

    private void temporal(Name left, Name right, SpanCondition condition) {
        Operand a = operand(left);
        Operand b = operand(right);
        Condition c = condition.apply(a.span, b.span);
        if (a.step != null || b.step != null) {
            Intervals.Span eventSide = a.step == null ? a.span : b.step == null ? b.span : null;
            if (eventSide != null) {
                c = c.and(Intervals.sameVideo(a.span, b.span));
            }
            if (b.step != null) {
                c = Cypher.any(b.step).in(b.list).where(c);
            }
            if (a.step != null) {
                c = Cypher.any(a.step).in(a.list).where(c);
            }
        }
        and(c);
    }

    private record Operand(Intervals.Span span, SymbolicName step, Expression list) {
    }

    private Operand operand(Name name) {
        Node event = events.get(name.text());
        if (event != null) {
            return new Operand(Intervals.Span.of(event), null, null);
        }
        SymbolicName element = Cypher.name("_s" + (++stepAliases));
        Expression list = params.add(name.text(), steps.get(name.text()).values());
        return new Operand(Intervals.Span.of(element), element, list);
    }
}
