package io.cotasks.query.compile;

import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.SetOp;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;

import java.util.List;
import java.util.Map;

/**
 * Set statements over {@code LET} steps (STAR's Union, Except, Belong_to, Equal). The steps' values reach
 * Cypher as list parameters; the set algebra runs in Cypher list comprehensions.
 */
final class SetCompiler {

    private SetCompiler() {
    }

    private static final SymbolicName X = Cypher.name("_x");

    /** {@code 'sandwich' IN s1}. */
    static CompiledQuery belongs(Query.Belongs b, Map<String, Step> steps, Params params) {
        Statement s = Cypher.returning(params.add(Columns.VALUE, b.value().value()).in(list(b.step(), steps, params))
                .as(Columns.VALUE)).build();
        return value(s, params);
    }

    /** {@code s1 = s2} (the same elements) or {@code s1 = 'sandwich'} (only that element). */
    static CompiledQuery equal(Query.Equals eq, Map<String, Step> steps, Params params) {
        Expression left = list(eq.left(), steps, params);
        Condition same;
        if (eq.rightStep() != null) {
            Expression right = list(eq.rightStep(), steps, params);
            same = Cypher.all(X).in(left).where(X.in(right)).and(Cypher.all(X).in(right).where(X.in(left)));
        } else {
            Expression value = params.add(Columns.VALUE, eq.rightValue().value());
            same = Cypher.size(left).gt(Cypher.literalOf(0)).and(Cypher.all(X).in(left).where(X.isEqualTo(value)));
        }
        return value(Cypher.returning(same.as(Columns.VALUE)).build(), params);
    }

    /** {@code s1 UNION s2 EXCEPT s3}, left to right; a lone step is replayed as it is. */
    static CompiledQuery setOps(Query.SetOps ops, Map<String, Step> steps, Params params) {
        if (ops.operators().isEmpty()) {
            return new CompiledQuery.Replay(ops.first().text(), steps.get(ops.first().text()).columns());
        }
        Expression result = list(ops.first(), steps, params);
        for (int i = 0; i < ops.operators().size(); i++) {
            Expression other = list(ops.rest().get(i), steps, params);
            SetOp op = ops.operators().get(i);
            result = switch (op) {
                case UNION -> result.add(other);
                case INTERSECT -> Cypher.listWith(X).in(result).where(X.in(other)).returning();
                case EXCEPT -> Cypher.listWith(X).in(result).where(X.in(other).not()).returning();
            };
        }
        SymbolicName value = Cypher.name(Columns.VALUE);
        Statement s = Cypher.unwind(result).as(value).returningDistinct(value).orderBy(value.ascending()).build();
        return value(s, params);
    }

    private static CompiledQuery value(Statement s, Params params) {
        return new CompiledQuery.Rows(CypherCompiler.render(s, params), params.values(), List.of(Columns.VALUE));
    }

    private static Expression list(Name step, Map<String, Step> steps, Params params) {
        return params.add(step.text(), steps.get(step.text()).values());
    }
}
