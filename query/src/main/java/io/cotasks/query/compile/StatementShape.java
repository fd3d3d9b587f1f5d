package io.cotasks.query.compile;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.EdgePattern;
import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.TimeFilter;

import java.util.List;

/**
 * The shape of a query: everything the compiler reads to build the Cypher text and name the parameters, without
 * the values that reach Cypher only as parameters. Queries of the same shape compile to the same Cypher text.
 *
 * <p>Kept in step with the compilers of this package: a value that goes through {@link Params} is reduced to what
 * the compiler branches on (present or not; none, one or several names), and everything else is kept as written:
 * variable and property names (they name parameters and columns), operators, flags, the kind of time window.
 * The cache in {@link CypherTexts} checks the parameter names on every hit; the tests render every cached
 * statement again ({@code -Dcotasks.cypherCache.verify=true}).
 */
final class StatementShape implements Query.Visitor<Void> {

    private final StringBuilder key = new StringBuilder(160);

    private StatementShape() {
    }

    /**
     * The shape key of a query.
     *
     * @param sessionVideo whether the session has a video ({@code USE VIDEO}), which scopes queries without their own
     */
    static String of(Query query, boolean sessionVideo) {
        StatementShape shape = new StatementShape();
        shape.key.append(sessionVideo ? 'V' : '-');
        query.accept(shape);
        return shape.key.toString();
    }

    @Override
    public Void visitVideos(Query.Videos q) {
        key.append("videos");
        q.filters().forEach(this::constraint);
        return present(q.limit());
    }

    @Override
    public Void visitEntities(Query.Entities q) {
        key.append("entities");
        node(q.node());
        scope(q.scope());
        return present(q.limit());
    }

    @Override
    public Void visitEvents(Query.Events q) {
        key.append("events");
        bindings(q.bindings(), q.scope(), q.where());
        returned(q.ret());
        return present(q.limit());
    }

    @Override
    public Void visitLocalize(Query.Localize q) {
        key.append("localize");
        bindings(q.bindings(), q.scope(), q.where());
        return present(q.limit());
    }

    @Override
    public Void visitTrack(Query.Track q) {
        key.append("track");
        node(q.node());
        scope(q.scope());
        return present(q.sample());
    }

    @Override
    public Void visitSpatial(Query.Spatial q) {
        key.append("spatial");
        q.nodes().forEach(this::node);
        scope(q.scope());
        return null;
    }

    @Override
    public Void visitTemporal(Query.Temporal q) {
        key.append("temporal");
        bindings(q.bindings(), q.scope(), q.where());
        return null;
    }

    @Override
    public Void visitBelongs(Query.Belongs q) {
        key.append("belongs");
        literal(q.value());
        name(q.step());
        return null;
    }

    @Override
    public Void visitEquals(Query.Equals q) {
        key.append("equals");
        name(q.left());
        name(q.rightStep());
        literal(q.rightValue());
        return null;
    }

    @Override
    public Void visitSetOps(Query.SetOps q) {
        key.append("sets");
        name(q.first());
        q.operators().forEach(op -> key.append(op.name()).append(';'));
        q.rest().forEach(this::name);
        return null;
    }

    private void bindings(List<Binding> bindings, Scope scope, List<Constraint> where) {
        for (Binding b : bindings) {
            key.append('[');
            name(b.variable());
            node(b.subject());
            edge(b.edge());
            node(b.object());
            key.append(']');
        }
        scope(scope);
        where.forEach(this::constraint);
    }

    private void node(NodePattern p) {
        if (p == null) {
            key.append('~');
            return;
        }
        key.append('(');
        name(p.variable());
        count(p.categories());
        present(p.track());
        key.append(')');
    }

    private void edge(EdgePattern e) {
        key.append('-');
        count(e.predicates());
        present(e.kind());
    }

    private void scope(Scope s) {
        key.append('{');
        present(s.video());
        TimeFilter time = s.time();
        key.append(time == null ? "-" : time.getClass().getSimpleName()).append(';');
        count(s.sources());
        key.append('}');
    }

    private void constraint(Constraint c) {
        c.accept(new Constraint.Visitor<Void>() {
            @Override
            public Void visitComparison(Constraint.Comparison cmp) {
                key.append("cmp");
                name(cmp.variable());
                name(cmp.property());
                key.append(cmp.op().name()).append(';');
                literal(cmp.value());
                return null;
            }

            @Override
            public Void visitTemporal(Constraint.Temporal t) {
                key.append("allen");
                name(t.left());
                key.append(t.op().name()).append(';');
                name(t.right());
                return null;
            }

            @Override
            public Void visitWithin(Constraint.Within w) {
                key.append("within").append(w.frames() ? 'F' : 'S').append(w.after() ? 'A' : 'B');
                name(w.left());
                name(w.right());
                return null;
            }
        });
    }

    private void returned(ReturnClause r) {
        if (r == null) {
            key.append("ret-");
            return;
        }
        r.accept(new ReturnClause.Visitor<Void>() {
            @Override
            public Void visitItems(ReturnClause.Items items) {
                key.append(items.distinct() ? "retD" : "ret");
                items.items().forEach(StatementShape.this::item);
                return null;
            }

            @Override
            public Void visitCount(ReturnClause.Count count) {
                key.append("count");
                item(count.distinctOf());
                count.by().forEach(StatementShape.this::item);
                return null;
            }

            @Override
            public Void visitExtreme(ReturnClause.Extreme x) {
                key.append(x.earliest() ? "earliest" : "latest");
                item(x.item());
                name(x.by());
                return null;
            }
        });
    }

    private void item(Item item) {
        if (item == null) {
            key.append('~');
            return;
        }
        name(item.variable());
        name(item.property());
    }

    /** A name as written, length-prefixed so that no two sequences of names give the same key. */
    private void name(Name name) {
        if (name == null) {
            key.append('~');
        } else {
            key.append(name.text().length()).append(':').append(name.text());
        }
    }

    /** A literal is always a parameter: only whether there is one. */
    private void literal(Literal literal) {
        key.append(literal == null ? '~' : 'L');
    }

    /** Names that reach Cypher as parameters: none, one ({@code =}) or several ({@code IN}). */
    private void count(List<Name> names) {
        key.append(names.isEmpty() ? '0' : names.size() == 1 ? '1' : 'n');
    }

    private Void present(Object value) {
        key.append(value == null ? '~' : '+');
        return null;
    }
}
