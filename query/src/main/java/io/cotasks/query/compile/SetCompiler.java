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

    static CompiledQuery compile(Query query, Map<String, Step> steps, Params params) {
        SymbolicName x = Cypher.name("_x");
        if (query instanceof Query.Belongs b) {
            Statement s = Cypher.returning(params.add("value", b.value().value()).in(list(b.step(), steps, params))
                    .as("value")).build();
            return CompiledQuery.rows(CypherCompiler.render(s), params, List.of("value"));
        }
        if (query instanceof Query.Equals eq) {
            Expression left = list(eq.left(), steps, params);
            Condition same;
            if (eq.rightStep() != null) {
                Expression right = list(eq.rightStep(), steps, params);
                same = Cypher.all(x).in(left).where(x.in(right)).and(Cypher.all(x).in(right).where(x.in(left)));
            } else {
                Expression value = params.add("value", eq.rightValue().value());
                same = Cypher.size(left).gt(Cypher.literalOf(0)).and(Cypher.all(x).in(left).where(x.isEqualTo(value)));
            }
            Statement s = Cypher.returning(same.as("value")).build();
            return CompiledQuery.rows(CypherCompiler.render(s), params, List.of("value"));
        }
        Query.SetOps ops = (Query.SetOps) query;
        if (ops.operators().isEmpty()) {
            Step step = steps.get(ops.first().text());
            return new CompiledQuery("", Map.of(), step.columns(), Shape.STEP, null, null, null, ops.first().text());
        }
        Expression result = list(ops.first(), steps, params);
        for (int i = 0; i < ops.operators().size(); i++) {
            Expression other = list(ops.rest().get(i), steps, params);
            SetOp op = ops.operators().get(i);
            result = switch (op) {
                case UNION -> result.add(other);
                case INTERSECT -> Cypher.listWith(x).in(result).where(x.in(other)).returning();
                case EXCEPT -> Cypher.listWith(x).in(result).where(x.in(other).not()).returning();
            };
        }
        SymbolicName value = Cypher.name("value");
        Statement s = Cypher.unwind(result).as(value).returningDistinct(value).orderBy(value.ascending()).build();
        return CompiledQuery.rows(CypherCompiler.render(s), params, List.of("value"));
    }

    private static Expression list(Name step, Map<String, Step> steps, Params params) {
        return params.add(step.text(), steps.get(step.text()).values());
    }
}
