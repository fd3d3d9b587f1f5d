package io.cotasks.query.parser;

import io.cotasks.grammar.CtqBaseVisitor;
import io.cotasks.grammar.CtqParser.*;
import io.cotasks.query.ast.AstNode;
import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.CompareOp;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.EdgePattern;
import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.SetOp;
import io.cotasks.query.ast.Statement;
import io.cotasks.query.ast.TemporalOp;
import io.cotasks.query.ast.TimeFilter;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;

import java.util.List;
import java.util.Locale;

import static io.cotasks.query.parser.Tokens.duration;
import static io.cotasks.query.parser.Tokens.integer;
import static io.cotasks.query.parser.Tokens.pos;

/**
 * Builds the syntax tree from ANTLR's parse tree: one {@code visitX} per labelled alternative of
 * {@code Ctq.g4} (Trino's {@code AstBuilder extends SqlBaseBaseVisitor<Node>}). Every method returns the
 * node its rule denotes; {@link #build} reads it back at the type the caller expects.
 */
final class AstBuilder extends CtqBaseVisitor<AstNode> {

    /** Builds the node of a rule and checks that it is of the expected kind. */
    <T extends AstNode> T build(ParserRuleContext ctx, Class<T> type) {
        return type.cast(ctx.accept(this));
    }

    private <T extends AstNode> T optional(ParserRuleContext ctx, Class<T> type) {
        return ctx == null ? null : build(ctx, type);
    }

    private <T extends AstNode> List<T> all(List<? extends ParserRuleContext> contexts, Class<T> type) {
        return contexts.stream().map(c -> build(c, type)).toList();
    }

    ParsedStatement parsed(StatementContext ctx) {
        Interval span = new Interval(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex());
        return new ParsedStatement(ctx.getStart().getInputStream().getText(span), build(ctx, Statement.class));
    }

    @Override
    public AstNode visitExplainStatement(ExplainStatementContext ctx) {
        return new Statement.Explain(pos(ctx), build(ctx.command(), Statement.class));
    }

    @Override
    public AstNode visitProfileStatement(ProfileStatementContext ctx) {
        return new Statement.Profile(pos(ctx), build(ctx.command(), Statement.class));
    }

    @Override
    public AstNode visitPlainStatement(PlainStatementContext ctx) {
        return ctx.command().accept(this);
    }

    @Override
    public AstNode visitUseVideo(UseVideoContext ctx) {
        return new Statement.UseVideo(pos(ctx), build(ctx.string(), Literal.class));
    }

    @Override
    public AstNode visitLetStep(LetStepContext ctx) {
        return new Statement.Let(pos(ctx), build(ctx.variable(), Name.class), build(ctx.query(), Query.class));
    }

    @Override
    public AstNode visitQueryCommand(QueryCommandContext ctx) {
        return ctx.query().accept(this);
    }

    @Override
    public AstNode visitVideosQuery(VideosQueryContext ctx) {
        return new Query.Videos(pos(ctx), all(ctx.videoFilter(), Constraint.Comparison.class), limit(ctx.limitClause()));
    }

    @Override
    public AstNode visitVideoFilter(VideoFilterContext ctx) {
        return new Constraint.Comparison(pos(ctx), null, build(ctx.property(), Name.class),
                CompareOp.ofSymbol(ctx.comparator().getText()), build(ctx.value(), Literal.class));
    }

    @Override
    public AstNode visitEntitiesQuery(EntitiesQueryContext ctx) {
        return new Query.Entities(pos(ctx), optional(ctx.node(), NodePattern.class), scope(ctx.scope()),
                limit(ctx.limitClause()));
    }

    @Override
    public AstNode visitEventsQuery(EventsQueryContext ctx) {
        return new Query.Events(pos(ctx), bindings(ctx.bindings()), scope(ctx.scope()), where(ctx.whereClause()),
                optional(ctx.returnClause(), ReturnClause.class), limit(ctx.limitClause()));
    }

    @Override
    public AstNode visitLocalizeQuery(LocalizeQueryContext ctx) {
        return new Query.Localize(pos(ctx), bindings(ctx.bindings()), scope(ctx.scope()), where(ctx.whereClause()),
                limit(ctx.limitClause()));
    }

    @Override
    public AstNode visitTrackQuery(TrackQueryContext ctx) {
        Long sample = ctx.sampleClause() == null ? null : integer(ctx.sampleClause().INTEGER());
        return new Query.Track(pos(ctx), build(ctx.node(), NodePattern.class), scope(ctx.scope()), sample);
    }

    @Override
    public AstNode visitSpatialQuery(SpatialQueryContext ctx) {
        return new Query.Spatial(pos(ctx), all(ctx.node(), NodePattern.class), scope(ctx.scope()));
    }

    @Override
    public AstNode visitTemporalQuery(TemporalQueryContext ctx) {
        return new Query.Temporal(pos(ctx), bindings(ctx.bindings()), scope(ctx.scope()), where(ctx.whereClause()));
    }

    @Override
    public AstNode visitBelongsQuery(BelongsQueryContext ctx) {
        return new Query.Belongs(pos(ctx), build(ctx.value(), Literal.class), build(ctx.variable(), Name.class));
    }

    @Override
    public AstNode visitEqualsQuery(EqualsQueryContext ctx) {
        OperandContext right = ctx.operand();
        return new Query.Equals(pos(ctx), build(ctx.variable(), Name.class), optional(right.variable(), Name.class),
                optional(right.value(), Literal.class));
    }

    @Override
    public AstNode visitSetQuery(SetQueryContext ctx) {
        List<Name> names = all(ctx.variable(), Name.class);
        List<SetOp> ops = ctx.setOperator().stream()
                .map(o -> SetOp.valueOf(o.getText().toUpperCase(Locale.ROOT))).toList();
        return new Query.SetOps(pos(ctx), names.get(0), ops, names.subList(1, names.size()));
    }

    private List<Binding> bindings(BindingsContext ctx) {
        return all(ctx.binding(), Binding.class);
    }

    @Override
    public AstNode visitBinding(BindingContext ctx) {
        List<NodeContext> nodes = ctx.node();
        return new Binding(pos(ctx), optional(ctx.variable(), Name.class), build(nodes.get(0), NodePattern.class),
                build(ctx.edge(), EdgePattern.class), nodes.size() > 1 ? build(nodes.get(1), NodePattern.class) : null);
    }

    @Override
    public AstNode visitAnyNode(AnyNodeContext ctx) {
        return new NodePattern(pos(ctx), null, List.of(), null);
    }

    @Override
    public AstNode visitEntityNode(EntityNodeContext ctx) {
        return new NodePattern(pos(ctx), optional(ctx.variable(), Name.class), all(ctx.label(), Name.class),
                ctx.INTEGER() == null ? null : integer(ctx.INTEGER()));
    }

    @Override
    public AstNode visitEdge(EdgeContext ctx) {
        List<Name> labels = all(ctx.label(), Name.class);
        boolean hasKind = ctx.COLON() != null;
        return new EdgePattern(pos(ctx), hasKind ? labels.subList(0, labels.size() - 1) : labels,
                hasKind ? labels.get(labels.size() - 1) : null);
    }

    private Scope scope(ScopeContext ctx) {
        return ScopeBuilder.build(ctx, this);
    }

    @Override
    public AstNode visitFrameRange(FrameRangeContext ctx) {
        return new TimeFilter.FrameRange(pos(ctx), integer(ctx.INTEGER(0)), integer(ctx.INTEGER(1)));
    }

    @Override
    public AstNode visitSecondRange(SecondRangeContext ctx) {
        return new TimeFilter.SecondRange(pos(ctx), Tokens.decimal(ctx.number(0)), Tokens.decimal(ctx.number(1)));
    }

    @Override
    public AstNode visitFirstSeconds(FirstSecondsContext ctx) {
        return new TimeFilter.First(pos(ctx), duration(ctx.DURATION()));
    }

    @Override
    public AstNode visitLastSeconds(LastSecondsContext ctx) {
        return new TimeFilter.Last(pos(ctx), duration(ctx.DURATION()));
    }

    @Override
    public AstNode visitAtFrame(AtFrameContext ctx) {
        return new TimeFilter.AtFrame(pos(ctx), integer(ctx.INTEGER()));
    }

    @Override
    public AstNode visitAtSecond(AtSecondContext ctx) {
        return new TimeFilter.AtSecond(pos(ctx), duration(ctx.DURATION()));
    }

    private List<Constraint> where(WhereClauseContext ctx) {
        return ctx == null ? List.of() : all(ctx.constraint(), Constraint.class);
    }

    @Override
    public AstNode visitAllenConstraint(AllenConstraintContext ctx) {
        return new Constraint.Temporal(pos(ctx), build(ctx.variable(0), Name.class), allen(ctx.allenOperator()),
                build(ctx.variable(1), Name.class));
    }

    @Override
    public AstNode visitWithinConstraint(WithinConstraintContext ctx) {
        Distance distance = ctx.distance().accept(Distance.READER);
        return new Constraint.Within(pos(ctx), build(ctx.variable(0), Name.class), distance.amount(), distance.frames(),
                ctx.AFTER() != null, build(ctx.variable(1), Name.class));
    }

    @Override
    public AstNode visitComparisonConstraint(ComparisonConstraintContext ctx) {
        return new Constraint.Comparison(pos(ctx), build(ctx.variable(), Name.class), build(ctx.property(), Name.class),
                CompareOp.ofSymbol(ctx.comparator().getText()), build(ctx.value(), Literal.class));
    }

    private static TemporalOp allen(AllenOperatorContext ctx) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            words.append(i == 0 ? "" : " ").append(ctx.getChild(i).getText());
        }
        return TemporalOp.ofKeywords(words.toString());
    }

    /** The bound of {@code WITHIN}: seconds ({@code 2s}) or frames ({@code 30 FRAMES}). */
    private record Distance(double amount, boolean frames) {

        static final CtqBaseVisitor<Distance> READER = new CtqBaseVisitor<>() {
            @Override
            public Distance visitSecondsDistance(SecondsDistanceContext ctx) {
                return new Distance(duration(ctx.DURATION()), false);
            }

            @Override
            public Distance visitFramesDistance(FramesDistanceContext ctx) {
                return new Distance(integer(ctx.INTEGER()), true);
            }
        };
    }

    @Override
    public AstNode visitReturnCount(ReturnCountContext ctx) {
        List<Item> items = all(ctx.item(), Item.class);
        boolean distinct = ctx.DISTINCT() != null;
        return new ReturnClause.Count(pos(ctx), distinct ? items.get(0) : null,
                distinct ? items.subList(1, items.size()) : items);
    }

    @Override
    public AstNode visitReturnExtreme(ReturnExtremeContext ctx) {
        return new ReturnClause.Extreme(pos(ctx), ctx.EARLIEST() != null, build(ctx.item(), Item.class),
                optional(ctx.variable(), Name.class));
    }

    @Override
    public AstNode visitReturnItems(ReturnItemsContext ctx) {
        return new ReturnClause.Items(pos(ctx), ctx.DISTINCT() != null, all(ctx.item(), Item.class));
    }

    @Override
    public AstNode visitItem(ItemContext ctx) {
        return new Item(pos(ctx), build(ctx.variable(), Name.class), optional(ctx.property(), Name.class));
    }

    private static Long limit(LimitClauseContext ctx) {
        return ctx == null ? null : integer(ctx.INTEGER());
    }

    @Override
    public AstNode visitValue(ValueContext ctx) {
        if (ctx.string() != null) {
            return ctx.string().accept(this);
        }
        NumberContext n = ctx.number();
        if (n != null) {
            return new Literal(pos(ctx), n.INTEGER() != null ? (Object) integer(n.INTEGER()) : Tokens.decimal(n));
        }
        return new Literal(pos(ctx), ctx.TRUE() != null);
    }

    @Override
    public AstNode visitString(StringContext ctx) {
        return new Literal(pos(ctx), Tokens.unquote(ctx.STRING().getText()));
    }

    @Override
    public AstNode visitVariable(VariableContext ctx) {
        String text = ctx.getText();
        if (text.indexOf('/') >= 0) {
            throw Tokens.error(ctx, "'" + text + "' is not a valid variable name");
        }
        return new Name(pos(ctx), text);
    }

    @Override
    public AstNode visitProperty(PropertyContext ctx) {
        return new Name(pos(ctx), ctx.getText());
    }

    @Override
    public AstNode visitLabel(LabelContext ctx) {
        String text = ctx.STRING() != null ? Tokens.unquote(ctx.STRING().getText()) : ctx.getText();
        return new Name(pos(ctx), text);
    }
}
