package io.cotasks.query.compile;

import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.TemporalOp;
import io.cotasks.store.Schema;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * Allen's relations as conditions on half-open frame spans {@code [begin, end)}, read from the events'
 * {@code begin}/{@code end} properties (no stored relationship needed, so the same Cypher works for every
 * event whatever produced it).
 */
final class Intervals {

    private Intervals() {
    }

    /** The span of an event variable or of an element of a step's list. */
    record Span(Expression begin, Expression end, Expression beginSec, Expression endSec, Expression video) {

        /** The span of an event node, read from its properties. */
        static Span of(Node event) {
            return new Span(event.property(Schema.BEGIN), event.property(Schema.END), event.property(Schema.BEGIN_SEC),
                    event.property(Schema.END_SEC), event.property(Schema.VIDEO_ID));
        }

        /** The span of an element of a step's list: an event map as {@link Projections#event} returns it. */
        static Span of(SymbolicName element) {
            return new Span(element.property(Columns.BEGIN), element.property(Columns.END),
                    element.property(Columns.BEGIN_SEC), element.property(Columns.END_SEC),
                    element.property(Columns.VIDEO));
        }
    }

    static Condition allen(Span a, TemporalOp op, Span b) {
        return switch (op) {
            case BEFORE -> a.end().lt(b.begin());
            case AFTER -> allen(b, TemporalOp.BEFORE, a);
            case MEETS -> a.end().isEqualTo(b.begin());
            case MET_BY -> allen(b, TemporalOp.MEETS, a);
            case OVERLAPS -> a.begin().lt(b.begin()).and(a.end().gt(b.begin())).and(a.end().lt(b.end()));
            case OVERLAPPED_BY -> allen(b, TemporalOp.OVERLAPS, a);
            case STARTS -> a.begin().isEqualTo(b.begin()).and(a.end().lt(b.end()));
            case STARTED_BY -> allen(b, TemporalOp.STARTS, a);
            case DURING -> a.begin().gt(b.begin()).and(a.end().lt(b.end()));
            case CONTAINS -> allen(b, TemporalOp.DURING, a);
            case FINISHES -> a.end().isEqualTo(b.end()).and(a.begin().gt(b.begin()));
            case FINISHED_BY -> allen(b, TemporalOp.FINISHES, a);
            case EQUALS -> a.begin().isEqualTo(b.begin()).and(a.end().isEqualTo(b.end()));
            case INTERSECTS -> a.begin().lt(b.end()).and(b.begin().lt(a.end()));
        };
    }

    /** {@code a WITHIN d AFTER b}: a begins no earlier than b ends and at most d later (BEFORE mirrors it). */
    static Condition within(Span a, Constraint.Within w, Span b, Expression amount) {
        Span first = w.after() ? b : a;
        Span second = w.after() ? a : b;
        Expression firstEnd = w.frames() ? first.end() : first.endSec();
        Expression secondBegin = w.frames() ? second.begin() : second.beginSec();
        return secondBegin.gte(firstEnd).and(secondBegin.lte(firstEnd.add(amount)));
    }

    static Condition sameVideo(Span a, Span b) {
        return a.video().isEqualTo(b.video());
    }

    static Expression literal(Object value) {
        return Cypher.literalOf(value);
    }
}
