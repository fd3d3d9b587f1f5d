package io.cotasks.query.compile;

import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.check.Properties;
import io.cotasks.store.Schema;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a checked query to Cypher with Cypher-DSL. Every value the user wrote becomes a named
 * parameter; the Cypher text depends only on the statement's shape.
 */
public final class CypherCompiler {

    private static final Renderer RENDERER =
            Renderer.getRenderer(Configuration.newConfig().alwaysEscapeNames(false).build());

    private final String video;
    private final Map<String, Step> steps;
    private final Params params = new Params();

    private CypherCompiler(String video, Map<String, Step> steps) {
        this.video = video;
        this.steps = steps;
    }

    /**
     * Compiles a query.
     *
     * @param sessionVideo the session's video ({@code USE VIDEO}), or null
     * @param steps        the session's {@code LET} steps
     */
    public static CompiledQuery compile(Query query, String sessionVideo, Map<String, Step> steps) {
        return new CypherCompiler(sessionVideo, steps).query(query);
    }

    private CompiledQuery query(Query query) {
        if (query instanceof Query.Videos v) {
            return videos(v);
        }
        if (query instanceof Query.Entities e) {
            return entities(e);
        }
        if (query instanceof Query.Events e) {
            return events(e);
        }
        if (query instanceof Query.Localize l) {
            return localize(l);
        }
        if (query instanceof Query.Track t) {
            return track(t);
        }
        if (query instanceof Query.Spatial s) {
            return spatial(s);
        }
        if (query instanceof Query.Temporal t) {
            return temporal(t);
        }
        return SetCompiler.compile(query, steps, params);
    }

    private String videoOf(Scope scope) {
        return scope.video() != null ? (String) scope.video().value() : video;
    }

    static String render(Statement statement) {
        return RENDERER.render(statement);
    }

    private CompiledQuery videos(Query.Videos q) {
        Node v = Cypher.node(Schema.VIDEO).named("_v");
        Condition c = Cypher.noCondition();
        for (var f : q.filters()) {
            Properties.Property p = Properties.VIDEO.get(f.property().text());
            c = c.and(Conditions.compare(v.property(p.graphName()), f.op(), params.add(p.name(), f.value().value())));
        }
        List<Expression> columns = new ArrayList<>();
        for (Properties.Property p : Properties.VIDEO.values()) {
            columns.add(v.property(p.graphName()).as(p.name()));
        }
        var ongoing = Cypher.match(v).where(c).returning(columns).orderBy(v.property(Schema.ID).ascending());
        Statement s = q.limit() == null ? ongoing.build() : ongoing.limit(params.add("limit", q.limit())).build();
        return CompiledQuery.rows(render(s), params, List.copyOf(Properties.VIDEO.keySet()));
    }

    private CompiledQuery entities(Query.Entities q) {
        String name = q.node() != null && q.node().variable() != null ? q.node().variable().text() : "x";
        Node x = Cypher.node(Schema.ENTITY).named(name);
        Condition c = videoCondition(x, videoOf(q.scope()))
                .and(Conditions.entity(x, q.node(), name, params))
                .and(Conditions.sources(x, q.scope().sources(), params));
        List<Object> patterns = new ArrayList<>(List.of(x));
        if (q.scope().time() != null) {
            Node v = Cypher.node(Schema.VIDEO).named("_v");
            Relationship box = x.relationshipTo(Cypher.anyNode(), Schema.IN_FRAME).named("_b");
            boolean needsVideo = Conditions.needsVideo(q.scope().time(), true);
            Condition inWindow = Conditions.boxTime(box, q.scope().time(), params, v);
            List<org.neo4j.cypherdsl.core.PatternElement> inner = new ArrayList<>(List.of(box));
            if (needsVideo) {
                inner.add(v);
                inWindow = inWindow.and(v.property(Schema.ID).isEqualTo(x.property(Schema.VIDEO_ID)));
            }
            c = c.and(Cypher.exists(inner, org.neo4j.cypherdsl.core.Where.from(inWindow)));
        }
        List<String> columns = List.of("video", "track", "category", "source");
        var ongoing = Cypher.match(x).where(c)
                .returning(x.property(Schema.VIDEO_ID).as("video"), x.property(Schema.TRACK_ID).as("track"),
                        x.property(Schema.CATEGORY).as("category"), x.property(Schema.SOURCE).as("source"))
                .orderBy(Cypher.name("video").ascending(), Cypher.name("track").ascending());
        Statement s = q.limit() == null ? ongoing.build() : ongoing.limit(params.add("limit", q.limit())).build();
        return CompiledQuery.rows(render(s), params, columns);
    }

    private Condition videoCondition(Node owner, String videoId) {
        return videoId == null ? Cypher.noCondition()
                : owner.property(Schema.VIDEO_ID).isEqualTo(params.add("video", videoId));
    }

    private CompiledQuery events(Query.Events q) {
        BindingMatch m = BindingMatch.of(q.bindings(), q.scope(), q.where(), videoOf(q.scope()), params, steps, false);
        StatementBuilder.OngoingReadingWithWhere reading = Cypher.match(m.patterns).where(m.condition());
        List<String> columns = new ArrayList<>();
        StatementBuilder.OngoingReadingAndReturn ret;
        List<SortItem> order = new ArrayList<>();
        ReturnClause r = q.ret();
        if (r == null || r instanceof ReturnClause.Items) {
            boolean distinct = r != null && ((ReturnClause.Items) r).distinct();
            List<Expression> exprs = new ArrayList<>();
            if (r == null) {
                for (String e : m.events.keySet()) {
                    exprs.add(Projections.event(m, e).as(e));
                    columns.add(e);
                }
            } else {
                for (Item item : ((ReturnClause.Items) r).items()) {
                    exprs.add(Projections.item(m, item).as(item.column()));
                    columns.add(item.column());
                }
            }
            ret = distinct ? reading.returningDistinct(exprs) : reading.returning(exprs);
            if (distinct) {
                columns.forEach(c -> order.add(Cypher.name(c).ascending()));
            } else {
                order.addAll(Projections.chronological(m));
            }
        } else if (r instanceof ReturnClause.Count count) {
            List<Expression> exprs = new ArrayList<>();
            for (Item item : count.by()) {
                exprs.add(Projections.item(m, item).as(item.column()));
                columns.add(item.column());
            }
            Expression counted = count.distinctOf() == null ? Cypher.count(Cypher.asterisk())
                    : Cypher.countDistinct(Projections.item(m, count.distinctOf()));
            exprs.add(counted.as("count"));
            columns.add("count");
            ret = reading.returning(exprs);
            order.add(Cypher.name("count").descending());
            columns.subList(0, columns.size() - 1).forEach(c -> order.add(Cypher.name(c).ascending()));
        } else {
            ReturnClause.Extreme x = (ReturnClause.Extreme) r;
            Node e = m.events.get(io.cotasks.query.check.SemanticChecker.orderingEvent(x, m.vars));
            ret = reading.returning(Projections.item(m, x.item()).as(x.item().column()));
            columns.add(x.item().column());
            var dir = x.earliest() ? SortItem.Direction.ASC : SortItem.Direction.DESC;
            order.add(e.property(Schema.BEGIN).sorted(dir));
            order.add(e.property(Schema.END).sorted(dir));
            order.add(e.property(Schema.UID).ascending());
        }
        var ordered = ret.orderBy(order);
        Long limit = r instanceof ReturnClause.Extreme ? Long.valueOf(1) : q.limit();
        Statement s = limit == null ? ordered.build() : ordered.limit(params.add("limit", limit)).build();
        return CompiledQuery.rows(render(s), params, columns);
    }

    private CompiledQuery localize(Query.Localize q) {
        BindingMatch m = BindingMatch.of(q.bindings(), q.scope(), q.where(), videoOf(q.scope()), params, steps, true);
        List<Expression> spans = new ArrayList<>();
        for (Node e : m.events.values()) {
            spans.add(Cypher.mapOf("uid", e.property(Schema.UID), "begin", e.property(Schema.BEGIN),
                    "end", e.property(Schema.END)));
        }
        Statement s = Cypher.match(m.patterns).where(m.condition())
                .returning(m.firstEvent().property(Schema.VIDEO_ID).as("video"), m.video.property(Schema.FPS).as("fps"),
                        m.video.property(Schema.FRAME_COUNT).as("frameCount"), Cypher.listOf(spans).as("events"))
                .build();
        return new CompiledQuery(render(s), params.values(),
                List.of("video", "beginFrame", "endFrame", "beginSec", "endSec", "events"), Shape.LOCALIZE,
                q.scope().time(), q.limit(), null, null);
    }

    private CompiledQuery track(Query.Track q) {
        NodePattern pattern = q.node();
        String name = pattern.variable() != null ? pattern.variable().text() : "x";
        Node x = Cypher.node(Schema.ENTITY).named(name);
        Relationship box = x.relationshipTo(Cypher.anyNode(), Schema.IN_FRAME).named("_b");
        boolean needsVideo = Conditions.needsVideo(q.scope().time(), true);
        Node v = Cypher.node(Schema.VIDEO).named("_v");
        String videoId = videoOf(q.scope());
        Condition c = videoCondition(x, videoId).and(Conditions.entity(x, pattern, name, params))
                .and(Conditions.sources(x, q.scope().sources(), params))
                .and(Conditions.boxTime(box, q.scope().time(), params, v));
        if (needsVideo) {
            c = c.and(v.property(Schema.ID).isEqualTo(x.property(Schema.VIDEO_ID)));
        }
        List<String> columns = List.of("video", "track", "category", "frame", "time", "x1", "y1", "x2", "y2",
                "generated");
        Statement s = (needsVideo ? Cypher.match(box, v) : Cypher.match(box)).where(c)
                .returning(x.property(Schema.VIDEO_ID).as("video"), x.property(Schema.TRACK_ID).as("track"),
                        x.property(Schema.CATEGORY).as("category"), box.property(Schema.BOX_FRAME).as("frame"),
                        box.property(Schema.TIME).as("time"), box.property(Schema.X1).as("x1"),
                        box.property(Schema.Y1).as("y1"), box.property(Schema.X2).as("x2"),
                        box.property(Schema.Y2).as("y2"), box.property(Schema.GENERATED).as("generated"))
                .orderBy(Cypher.name("video").ascending(), Cypher.name("track").ascending(),
                        Cypher.name("frame").ascending())
                .build();
        return new CompiledQuery(render(s), params.values(), columns, Shape.TRACK, q.scope().time(), null,
                q.sample(), null);
    }

    private CompiledQuery spatial(Query.Spatial q) {
        Node s = Cypher.node(Schema.ENTITY).named("_s");
        Node o = Cypher.node(Schema.ENTITY).named("_o");
        Node e = Cypher.node(Schema.EVENT).named("_e");
        boolean needsVideo = Conditions.needsVideo(q.scope().time(), false);
        Node v = Cypher.node(Schema.VIDEO).named("_v");
        String videoId = videoOf(q.scope());
        Condition c = videoCondition(e, videoId)
                .and(e.property(Schema.KIND).isEqualTo(params.add("kind", "spatial")));
        Condition subjectMatches = Cypher.noCondition();
        Condition objectMatches = Cypher.noCondition();
        boolean anySubject = false;
        for (int i = 0; i < q.nodes().size(); i++) {
            NodePattern p = q.nodes().get(i);
            anySubject |= p.isUnconstrained();
            Conditions.EntityParams np = Conditions.entityParams(p, "n" + (i + 1), params);
            subjectMatches = subjectMatches.or(np.on(s));
            objectMatches = objectMatches.or(np.on(o));
        }
        if (!anySubject) {
            c = q.nodes().size() == 1 ? c.and(subjectMatches.or(objectMatches)) : c.and(subjectMatches).and(objectMatches);
        }
        c = c.and(Conditions.eventTime(e, q.scope().time(), params, v)).and(Conditions.sources(e, q.scope().sources(), params));
        var pattern = s.relationshipFrom(e, Schema.SUBJECT).relationshipTo(o, Schema.OBJECT);
        if (needsVideo) {
            c = c.and(v.property(Schema.ID).isEqualTo(e.property(Schema.VIDEO_ID)));
        }
        List<String> columns = List.of("video", "subject", "subjectCategory", "predicate", "object", "objectCategory",
                "beginFrame", "endFrame");
        Statement st = (needsVideo ? Cypher.match(pattern, v) : Cypher.match(pattern)).where(c)
                .returning(e.property(Schema.VIDEO_ID).as("video"), s.property(Schema.TRACK_ID).as("subject"),
                        s.property(Schema.CATEGORY).as("subjectCategory"), e.property(Schema.PREDICATE).as("predicate"),
                        o.property(Schema.TRACK_ID).as("object"), o.property(Schema.CATEGORY).as("objectCategory"),
                        e.property(Schema.BEGIN).as("beginFrame"), e.property(Schema.END).subtract(Cypher.literalOf(1)).as("endFrame"))
                .orderBy(Cypher.name("video").ascending(), Cypher.name("beginFrame").ascending(),
                        Cypher.name("endFrame").ascending(), Cypher.name("subject").ascending(),
                        Cypher.name("predicate").ascending(), Cypher.name("object").ascending())
                .build();
        return CompiledQuery.rows(render(st), params, columns);
    }

    private CompiledQuery temporal(Query.Temporal q) {
        BindingMatch m = BindingMatch.of(q.bindings(), q.scope(), q.where(), videoOf(q.scope()), params, steps, false);
        List<Expression> events = new ArrayList<>();
        for (String e : m.events.keySet()) {
            events.add(Projections.timelineEvent(m, e));
        }
        Statement s = Cypher.match(m.patterns).where(m.condition())
                .returningDistinct(Cypher.listOf(events).as("events")).build();
        return new CompiledQuery(render(s), params.values(),
                List.of("video", "a", "relation", "b", "aPredicate", "aBegin", "aEnd", "bPredicate", "bBegin", "bEnd"),
                Shape.TEMPORAL, q.scope().time(), null, null, null);
    }
}
