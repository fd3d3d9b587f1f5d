package io.cotasks.query.compile;

import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.store.Schema;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code EVENTS}: the bindings' match, then one projection per kind of RETURN clause. Result columns are
 * named as the user wrote the items ({@code e}, {@code x.category}); the renderer quotes them as needed.
 */
final class EventsCompiler implements ReturnClause.Visitor<StatementBuilder.OngoingReadingAndReturn> {

    private final BindingMatch m;
    private final StatementBuilder.OngoingReadingWithWhere reading;
    private final List<String> columns = new ArrayList<>();
    private final List<SortItem> order = new ArrayList<>();

    private EventsCompiler(BindingMatch m) {
        this.m = m;
        this.reading = Cypher.match(m.patterns).where(m.condition());
    }

    static CompiledQuery compile(Query.Events q, BindingMatch m, Params params) {
        EventsCompiler compiler = new EventsCompiler(m);
        ReturnClause r = q.ret();
        StatementBuilder.OngoingReadingAndReturn ret = r == null ? compiler.everyEvent() : r.accept(compiler);
        var ordered = ret.orderBy(compiler.order);
        Long limit = r instanceof ReturnClause.Extreme ? Long.valueOf(1) : q.limit();
        Statement s = limit == null ? ordered.build() : ordered.limit(params.add("limit", limit)).build();
        return new CompiledQuery.Rows(CypherCompiler.render(s, params), params.values(), compiler.columns);
    }

    /** No RETURN: every event of the match, in chronological order. */
    private StatementBuilder.OngoingReadingAndReturn everyEvent() {
        List<Expression> exprs = new ArrayList<>();
        for (String e : m.events.keySet()) {
            exprs.add(Projections.event(m, e).as(e));
            columns.add(e);
        }
        order.addAll(Projections.chronological(m));
        return reading.returning(exprs);
    }

    @Override
    public StatementBuilder.OngoingReadingAndReturn visitItems(ReturnClause.Items items) {
        List<Expression> exprs = items(items.items());
        if (items.distinct()) {
            columns.forEach(c -> order.add(Cypher.name(c).ascending()));
            return reading.returningDistinct(exprs);
        }
        order.addAll(Projections.chronological(m));
        return reading.returning(exprs);
    }

    @Override
    public StatementBuilder.OngoingReadingAndReturn visitCount(ReturnClause.Count count) {
        List<Expression> exprs = items(count.by());
        Expression counted = count.distinctOf() == null ? Cypher.count(Cypher.asterisk())
                : Cypher.countDistinct(Projections.item(m, count.distinctOf()));
        order.add(Cypher.name(Columns.COUNT).descending());
        columns.forEach(c -> order.add(Cypher.name(c).ascending()));
        exprs.add(counted.as(Columns.COUNT));
        columns.add(Columns.COUNT);
        return reading.returning(exprs);
    }

    @Override
    public StatementBuilder.OngoingReadingAndReturn visitExtreme(ReturnClause.Extreme x) {
        Node e = m.events.get(m.vars.orderingEvent(x));
        List<Expression> exprs = items(List.of(x.item()));
        var dir = x.earliest() ? SortItem.Direction.ASC : SortItem.Direction.DESC;
        order.add(e.property(Schema.BEGIN).sorted(dir));
        order.add(e.property(Schema.END).sorted(dir));
        order.add(e.property(Schema.UID).ascending());
        return reading.returning(exprs);
    }

    private List<Expression> items(List<Item> items) {
        List<Expression> exprs = new ArrayList<>();
        for (Item item : items) {
            exprs.add(Projections.item(m, item).as(item.column()));
            columns.add(item.column());
        }
        return exprs;
    }
}
