package io.cotasks.query.parser;

import io.cotasks.grammar.CtqParser;
import io.cotasks.grammar.CtqParser.*;
import io.cotasks.query.QueryException;
import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.CompareOp;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.EdgePattern;
import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Pos;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.SetOp;
import io.cotasks.query.ast.Statement;
import io.cotasks.query.ast.TemporalOp;
import io.cotasks.query.ast.TimeFilter;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the syntax tree from ANTLR's parse tree; one method per labelled alternative. */
final class AstBuilder {

    private final String source;

    AstBuilder(String source) {
        this.source = source;
    }

    ParsedStatement parsed(StatementContext ctx) {
        Interval span = new Interval(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex());
        return new ParsedStatement(ctx.getStart().getInputStream().getText(span), statement(ctx));
    }

    Statement statement(StatementContext ctx) {
        if (ctx instanceof ExplainStatementContext c) {
            return new Statement.Explain(pos(c), command(c.command()));
        }
        if (ctx instanceof ProfileStatementContext c) {
            return new Statement.Profile(pos(c), command(c.command()));
        }
        return command(((PlainStatementContext) ctx).command());
    }

    private Statement command(CommandContext ctx) {
        if (ctx instanceof UseVideoContext c) {
            return new Statement.UseVideo(pos(c), string(c.string()));
        }
        if (ctx instanceof LetStepContext c) {
            return new Statement.Let(pos(c), variable(c.variable()), query(c.query()));
        }
        return query(((QueryCommandContext) ctx).query());
    }

    private Query query(QueryContext ctx) {
        if (ctx instanceof VideosQueryContext c) {
            List<Constraint.Comparison> filters = c.videoFilter().stream()
                    .map(f -> new Constraint.Comparison(pos(f), null, property(f.property()),
                            comparator(f.comparator()), value(f.value())))
                    .toList();
            return new Query.Videos(pos(c), filters, limit(c.limitClause()));
        }
        if (ctx instanceof EntitiesQueryContext c) {
            return new Query.Entities(pos(c), c.node() == null ? null : node(c.node()), scope(c.scope()),
                    limit(c.limitClause()));
        }
        if (ctx instanceof EventsQueryContext c) {
            return new Query.Events(pos(c), bindings(c.bindings()), scope(c.scope()), where(c.whereClause()),
                    c.returnClause() == null ? null : returnClause(c.returnClause()), limit(c.limitClause()));
        }
        if (ctx instanceof LocalizeQueryContext c) {
            return new Query.Localize(pos(c), bindings(c.bindings()), scope(c.scope()), where(c.whereClause()),
                    limit(c.limitClause()));
        }
        if (ctx instanceof TrackQueryContext c) {
            Long sample = c.sampleClause() == null ? null : integer(c.sampleClause().INTEGER());
            return new Query.Track(pos(c), node(c.node()), scope(c.scope()), sample);
        }
        if (ctx instanceof SpatialQueryContext c) {
            return new Query.Spatial(pos(c), c.node().stream().map(this::node).toList(), scope(c.scope()));
        }
        if (ctx instanceof TemporalQueryContext c) {
            return new Query.Temporal(pos(c), bindings(c.bindings()), scope(c.scope()), where(c.whereClause()));
        }
        if (ctx instanceof BelongsQueryContext c) {
            return new Query.Belongs(pos(c), value(c.value()), variable(c.variable()));
        }
        if (ctx instanceof EqualsQueryContext c) {
            OperandContext right = c.operand();
            return new Query.Equals(pos(c), variable(c.variable()),
                    right.variable() == null ? null : variable(right.variable()),
                    right.value() == null ? null : value(right.value()));
        }
        SetQueryContext c = (SetQueryContext) ctx;
        List<Name> names = c.variable().stream().map(AstBuilder::variable).toList();
        List<SetOp> ops = c.setOperator().stream()
                .map(o -> SetOp.valueOf(o.getText().toUpperCase(Locale.ROOT))).toList();
        return new Query.SetOps(pos(c), names.get(0), ops, names.subList(1, names.size()));
    }

    private List<Binding> bindings(BindingsContext ctx) {
        return ctx.binding().stream().map(this::binding).toList();
    }

    private Binding binding(BindingContext ctx) {
        List<NodeContext> nodes = ctx.node();
        return new Binding(pos(ctx), ctx.variable() == null ? null : variable(ctx.variable()), node(nodes.get(0)),
                edge(ctx.edge()), nodes.size() > 1 ? node(nodes.get(1)) : null);
    }

    private NodePattern node(NodeContext ctx) {
        if (ctx instanceof AnyNodeContext c) {
            return new NodePattern(pos(c), null, List.of(), null);
        }
        EntityNodeContext c = (EntityNodeContext) ctx;
        return new NodePattern(pos(c), c.variable() == null ? null : variable(c.variable()),
                c.label().stream().map(AstBuilder::label).toList(), c.INTEGER() == null ? null : integer(c.INTEGER()));
    }

    private EdgePattern edge(EdgeContext ctx) {
        List<LabelContext> labels = ctx.label();
        boolean hasKind = ctx.COLON() != null;
        List<LabelContext> predicates = hasKind ? labels.subList(0, labels.size() - 1) : labels;
        return new EdgePattern(pos(ctx), predicates.stream().map(AstBuilder::label).toList(),
                hasKind ? label(labels.get(labels.size() - 1)) : null);
    }

    private Scope scope(ScopeContext ctx) {
        Literal video = null;
        TimeFilter time = null;
        List<Name> sources = new ArrayList<>();
        for (ScopeItemContext item : ctx.scopeItem()) {
            if (item instanceof VideoScopeContext c) {
                video = once(video, string(c.string()), c, "IN VIDEO");
            } else if (item instanceof TimeScopeContext c) {
                time = once(time, timeFilter(c.timeFilter()), c, "time window");
            } else {
                SourceScopeContext c = (SourceScopeContext) item;
                once(sources.isEmpty() ? null : sources, c, c, "SOURCE");
                c.label().forEach(l -> sources.add(label(l)));
            }
        }
        return new Scope(pos(ctx), video, time, sources);
    }

    private static <T> T once(Object previous, T value, ParserRuleContext ctx, String what) {
        if (previous != null) {
            throw error(ctx, "only one " + what + " is allowed");
        }
        return value;
    }

    private TimeFilter timeFilter(TimeFilterContext ctx) {
        if (ctx instanceof FrameRangeContext c) {
            return new TimeFilter.FrameRange(pos(c), integer(c.INTEGER(0)), integer(c.INTEGER(1)));
        }
        if (ctx instanceof SecondRangeContext c) {
            return new TimeFilter.SecondRange(pos(c), number(c.number(0)), number(c.number(1)));
        }
        if (ctx instanceof FirstSecondsContext c) {
            return new TimeFilter.First(pos(c), duration(c.DURATION()));
        }
        if (ctx instanceof LastSecondsContext c) {
            return new TimeFilter.Last(pos(c), duration(c.DURATION()));
        }
        if (ctx instanceof AtFrameContext c) {
            return new TimeFilter.AtFrame(pos(c), integer(c.INTEGER()));
        }
        AtSecondContext c = (AtSecondContext) ctx;
        return new TimeFilter.AtSecond(pos(c), duration(c.DURATION()));
    }

    private List<Constraint> where(WhereClauseContext ctx) {
        return ctx == null ? List.of() : ctx.constraint().stream().map(this::constraint).toList();
    }

    private Constraint constraint(ConstraintContext ctx) {
        if (ctx instanceof AllenConstraintContext c) {
            return new Constraint.Temporal(pos(c), variable(c.variable(0)), allen(c.allenOperator()),
                    variable(c.variable(1)));
        }
        if (ctx instanceof WithinConstraintContext c) {
            boolean frames = c.distance() instanceof FramesDistanceContext;
            double amount = frames ? integer(((FramesDistanceContext) c.distance()).INTEGER())
                    : duration(((SecondsDistanceContext) c.distance()).DURATION());
            return new Constraint.Within(pos(c), variable(c.variable(0)), amount, frames, c.AFTER() != null,
                    variable(c.variable(1)));
        }
        ComparisonConstraintContext c = (ComparisonConstraintContext) ctx;
        return new Constraint.Comparison(pos(c), variable(c.variable()), property(c.property()),
                comparator(c.comparator()), value(c.value()));
    }

    private static TemporalOp allen(AllenOperatorContext ctx) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            words.append(i == 0 ? "" : " ").append(ctx.getChild(i).getText());
        }
        return TemporalOp.ofKeywords(words.toString());
    }

    private ReturnClause returnClause(ReturnClauseContext ctx) {
        if (ctx instanceof ReturnCountContext c) {
            List<ItemContext> items = c.item();
            Item distinctOf = c.DISTINCT() == null ? null : item(items.get(0));
            List<ItemContext> by = c.DISTINCT() == null ? items : items.subList(1, items.size());
            return new ReturnClause.Count(pos(c), distinctOf, by.stream().map(this::item).toList());
        }
        if (ctx instanceof ReturnExtremeContext c) {
            return new ReturnClause.Extreme(pos(c), c.EARLIEST() != null, item(c.item()),
                    c.variable() == null ? null : variable(c.variable()));
        }
        ReturnItemsContext c = (ReturnItemsContext) ctx;
        return new ReturnClause.Items(pos(c), c.DISTINCT() != null, c.item().stream().map(this::item).toList());
    }

    private Item item(ItemContext ctx) {
        return new Item(pos(ctx), variable(ctx.variable()), ctx.property() == null ? null : property(ctx.property()));
    }

    private static Long limit(LimitClauseContext ctx) {
        return ctx == null ? null : integer(ctx.INTEGER());
    }

    private static CompareOp comparator(ComparatorContext ctx) {
        return CompareOp.ofSymbol(ctx.getText());
    }

    private Literal value(ValueContext ctx) {
        if (ctx.string() != null) {
            return string(ctx.string());
        }
        if (ctx.number() != null) {
            NumberContext n = ctx.number();
            Object v = n.INTEGER() != null ? (Object) integer(n.INTEGER()) : (Object) number(n);
            return new Literal(pos(ctx), v);
        }
        return new Literal(pos(ctx), ctx.TRUE() != null);
    }

    private static Literal string(StringContext ctx) {
        return new Literal(pos(ctx), unquote(ctx.STRING().getText()));
    }

    private static Name variable(VariableContext ctx) {
        String text = ctx.getText();
        if (text.indexOf('/') >= 0) {
            throw error(ctx, "'" + text + "' is not a valid variable name");
        }
        return new Name(pos(ctx), text);
    }

    private static Name property(PropertyContext ctx) {
        return new Name(pos(ctx), ctx.getText());
    }

    private static Name label(LabelContext ctx) {
        String text = ctx.STRING() != null ? unquote(ctx.STRING().getText()) : ctx.getText();
        return new Name(pos(ctx), text);
    }

    static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("''", "'");
    }

    private static long integer(TerminalNode node) {
        String text = node.getText();
        if (text.length() > 10 || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw error(node.getSymbol(), "number too large: " + text + " (at most " + Integer.MAX_VALUE + ")");
        }
        return Long.parseLong(text);
    }

    private static double number(NumberContext ctx) {
        return bounded(ctx.getStart(), ctx.getText());
    }

    private static double duration(TerminalNode node) {
        String text = node.getText();
        return bounded(node.getSymbol(), text.substring(0, text.length() - 1));
    }

    private static double bounded(Token token, String text) {
        double value = Double.parseDouble(text);
        if (value > Integer.MAX_VALUE) {
            throw error(token, "number too large: " + text + " (at most " + Integer.MAX_VALUE + ")");
        }
        return value;
    }

    private static Pos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart());
    }

    private static Pos pos(Token token) {
        return new Pos(token.getLine(), token.getCharPositionInLine() + 1);
    }

    private static QueryException error(ParserRuleContext ctx, String message) {
        return error(ctx.getStart(), message);
    }

    private static QueryException error(Token token, String message) {
        return new QueryException(token.getLine(), token.getCharPositionInLine() + 1, message);
    }
}
