package io.cotasks.query.parser;

import io.cotasks.grammar.CtqBaseVisitor;
import io.cotasks.grammar.CtqParser.ScopeContext;
import io.cotasks.grammar.CtqParser.SourceScopeContext;
import io.cotasks.grammar.CtqParser.TimeScopeContext;
import io.cotasks.grammar.CtqParser.VideoScopeContext;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.TimeFilter;
import org.antlr.v4.runtime.ParserRuleContext;

import java.util.ArrayList;
import java.util.List;

/** Collects the items of one scope ({@code IN VIDEO}, a time window, {@code SOURCE}), each at most once. */
final class ScopeBuilder extends CtqBaseVisitor<Void> {

    private final AstBuilder ast;
    private Literal video;
    private TimeFilter time;
    private final List<Name> sources = new ArrayList<>();

    private ScopeBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    static Scope build(ScopeContext ctx, AstBuilder ast) {
        ScopeBuilder builder = new ScopeBuilder(ast);
        ctx.scopeItem().forEach(item -> item.accept(builder));
        return new Scope(Tokens.pos(ctx), builder.video, builder.time, builder.sources);
    }

    @Override
    public Void visitVideoScope(VideoScopeContext ctx) {
        once(video, ctx, "IN VIDEO");
        video = ast.build(ctx.string(), Literal.class);
        return null;
    }

    @Override
    public Void visitTimeScope(TimeScopeContext ctx) {
        once(time, ctx, "time window");
        time = ast.build(ctx.timeFilter(), TimeFilter.class);
        return null;
    }

    @Override
    public Void visitSourceScope(SourceScopeContext ctx) {
        once(sources.isEmpty() ? null : sources, ctx, "SOURCE");
        ctx.label().forEach(l -> sources.add(ast.build(l, Name.class)));
        return null;
    }

    private static void once(Object previous, ParserRuleContext ctx, String what) {
        if (previous != null) {
            throw Tokens.error(ctx, "only one " + what + " is allowed");
        }
    }
}
