package io.cotasks.query.check;

import io.cotasks.query.ast.ReturnClause;

import static io.cotasks.query.check.ValueChecks.distinctColumns;

/** The items of a RETURN clause exist and no column is returned twice. */
final class ReturnChecker implements ReturnClause.Visitor<Void> {

    private final SemanticChecker checker;
    private final Variables vars;

    ReturnChecker(SemanticChecker checker, Variables vars) {
        this.checker = checker;
        this.vars = vars;
    }

    @Override
    public Void visitItems(ReturnClause.Items items) {
        items.items().forEach(i -> checker.item(i, vars));
        distinctColumns(items.items());
        return null;
    }

    @Override
    public Void visitCount(ReturnClause.Count count) {
        if (count.distinctOf() != null) {
            checker.item(count.distinctOf(), vars);
        }
        count.by().forEach(i -> checker.item(i, vars));
        distinctColumns(count.by());
        return null;
    }

    @Override
    public Void visitExtreme(ReturnClause.Extreme extreme) {
        checker.item(extreme.item(), vars);
        vars.orderingEvent(extreme);
        return null;
    }
}
