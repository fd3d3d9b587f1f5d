package io.cotasks.query.compile;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.Constraint;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a checked query to Cypher with Cypher-DSL. Every value the user wrote becomes a named
 * parameter; the Cypher text depends only on the statement's shape.
 */
public final class CypherCompiler {

    /** The Cypher name of the one entity of ENTITIES and TRACK, whatever the user called it. */
    private static final String ENTITY = "x";

    private final String video;
    private final Map<String, Step> steps;
    private final Params params;

    private CypherCompiler(String video, Map<String, Step> steps, String shape) {
        this.video = video;
        this.steps = steps;
        this.params = new Params(shape);
    }

    /**
     * Compiles a query.
     *
     * @param sessionVideo the session's video ({@code USE VIDEO}), or null
     * @param steps        the session's {@code LET} steps
     */
    public static CompiledQuery compile(Query query, String sessionVideo, Map<String, Step> steps) {
        String shape = StatementShape.of(query, sessionVideo != null);
        CompiledQuery reused = ParameterWalk.reuse(query, sessionVideo, shape, CypherTexts.SHARED);
        if (reused != null && !CypherTexts.SHARED.verifies()) {
            return reused;
        }
        CompiledQuery compiled = new CypherCompiler(sessionVideo, steps, shape).query(query);
        if (reused != null && !(reused.equals(compiled)
                && List.copyOf(reused.parameters().keySet()).equals(List.copyOf(compiled.parameters().keySet())))) {
            throw new IllegalStateException("the parameters read from the syntax tree differ from the compiler's:\n"
                    + reused + "\n" + compiled);
        }
        return compiled;
    }

    private CompiledQuery query(Query query) {
        return query.accept(new Query.Visitor<>() {
            @Override
            public CompiledQuery visitVideos(Query.Videos videos) {
                return videos(videos);
            }

            @Override
            public CompiledQuery visitEntities(Query.Entities entities) {
                return entities(entities);
            }

            @Override
            public CompiledQuery visitEvents(Query.Events events) {
                return EventsCompiler.compile(events, match(events.bindings(), events.scope(), events.where(), false),
                        params);
            }

            @Override
            public CompiledQuery visitLocalize(Query.Localize localize) {
                return localize(localize);
            }

            @Override
            public CompiledQuery visitTrack(Query.Track track) {
                return track(track);
            }

            @Override
            public CompiledQuery visitSpatial(Query.Spatial spatial) {
                return spatial(spatial);
            }

            @Override
            public CompiledQuery visitTemporal(Query.Temporal temporal) {
                return temporal(temporal);
            }

            @Override
            public CompiledQuery visitBelongs(Query.Belongs belongs) {
                return SetCompiler.belongs(belongs, steps, params);
            }

            @Override
            public CompiledQuery visitEquals(Query.Equals equals) {
                return SetCompiler.equal(equals, steps, params);
            }

            @Override
            public CompiledQuery visitSetOps(Query.SetOps setOps) {
                return SetCompiler.setOps(setOps, steps, params);
            }
        });
    }

    private BindingMatch match(List<Binding> bindings, Scope scope, List<Constraint> where, boolean needsVideo) {
        return BindingMatch.of(bindings, scope, where, videoOf(scope), params, steps, needsVideo);
    }

    private String videoOf(Scope scope) {
        return scope.video() != null ? (String) scope.video().value() : video;
    }

    /** The Cypher text of a statement built with these parameters (cached by the statement's shape). */
    static String render(Statement statement, Params params) {
        return CypherTexts.SHARED.render(statement, params);
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
        return new CompiledQuery.Rows(render(s, params), params.values(), List.copyOf(Properties.VIDEO.keySet()));
    }

    private CompiledQuery entities(Query.Entities q) {
        String name = q.node() != null && q.node().variable() != null ? q.node().variable().text() : "x";
        Node x = Cypher.node(Schema.ENTITY).named(ENTITY);
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
                var ongoing = Cypher.match(x).where(c)
                .returning(x.property(Schema.VIDEO_ID).as(Columns.VIDEO), x.property(Schema.TRACK_ID).as(Columns.TRACK),
                        x.property(Schema.CATEGORY).as(Columns.CATEGORY), x.property(Schema.SOURCE).as(Columns.SOURCE))
                .orderBy(Cypher.name(Columns.VIDEO).ascending(), Cypher.name(Columns.TRACK).ascending());
        Statement s = q.limit() == null ? ongoing.build() : ongoing.limit(params.add("limit", q.limit())).build();
        return new CompiledQuery.Rows(render(s, params), params.values(), Columns.ENTITY_ROWS);
    }

    private Condition videoCondition(Node owner, String videoId) {
        return videoId == null ? Cypher.noCondition()
                : owner.property(Schema.VIDEO_ID).isEqualTo(params.add("video", videoId));
    }

    private CompiledQuery localize(Query.Localize q) {
        BindingMatch m = match(q.bindings(), q.scope(), q.where(), true);
        List<Expression> spans = new ArrayList<>();
        for (Node e : m.events.values()) {
            spans.add(Cypher.mapOf(Columns.UID, e.property(Schema.UID), Columns.BEGIN, e.property(Schema.BEGIN),
                    Columns.END, e.property(Schema.END)));
        }
        Statement s = Cypher.match(m.patterns).where(m.condition())
                .returning(m.firstEvent().property(Schema.VIDEO_ID).as(Columns.VIDEO), m.video.property(Schema.FPS).as(Columns.FPS),
                        m.video.property(Schema.FRAME_COUNT).as(Columns.FRAME_COUNT), Cypher.listOf(spans).as(Columns.EVENTS))
                .build();
        return new CompiledQuery.Localize(render(s, params), params.values(), q.scope().time(), q.limit());
    }

    private CompiledQuery track(Query.Track q) {
        NodePattern pattern = q.node();
        String name = pattern.variable() != null ? pattern.variable().text() : "x";
        Node x = Cypher.node(Schema.ENTITY).named(ENTITY);
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
        Statement s = (needsVideo ? Cypher.match(box, v) : Cypher.match(box)).where(c)
                .returning(x.property(Schema.VIDEO_ID).as(Columns.VIDEO), x.property(Schema.TRACK_ID).as(Columns.TRACK),
                        x.property(Schema.CATEGORY).as(Columns.CATEGORY), box.property(Schema.BOX_FRAME).as(Columns.FRAME),
                        box.property(Schema.TIME).as(Columns.TIME), box.property(Schema.X1).as(Columns.X1),
                        box.property(Schema.Y1).as(Columns.Y1), box.property(Schema.X2).as(Columns.X2),
                        box.property(Schema.Y2).as(Columns.Y2), box.property(Schema.GENERATED).as(Columns.GENERATED))
                .orderBy(Cypher.name(Columns.VIDEO).ascending(), Cypher.name(Columns.TRACK).ascending(),
                        Cypher.name(Columns.FRAME).ascending())
                .build();
        return new CompiledQuery.Track(render(s, params), params.values(), q.sample());
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
        Statement st = (needsVideo ? Cypher.match(pattern, v) : Cypher.match(pattern)).where(c)
                .returning(e.property(Schema.VIDEO_ID).as(Columns.VIDEO), s.property(Schema.TRACK_ID).as(Columns.SUBJECT),
                        s.property(Schema.CATEGORY).as(Columns.SUBJECT_CATEGORY), e.property(Schema.PREDICATE).as(Columns.PREDICATE),
                        o.property(Schema.TRACK_ID).as(Columns.OBJECT), o.property(Schema.CATEGORY).as(Columns.OBJECT_CATEGORY),
                        e.property(Schema.BEGIN).as(Columns.BEGIN_FRAME), e.property(Schema.END).subtract(Cypher.literalOf(1)).as(Columns.END_FRAME))
                .orderBy(Cypher.name(Columns.VIDEO).ascending(), Cypher.name(Columns.BEGIN_FRAME).ascending(),
                        Cypher.name(Columns.END_FRAME).ascending(), Cypher.name(Columns.SUBJECT).ascending(),
                        Cypher.name(Columns.PREDICATE).ascending(), Cypher.name(Columns.OBJECT).ascending())
                .build();
        return new CompiledQuery.Rows(render(st, params), params.values(), Columns.SPATIAL_ROWS);
    }

    private CompiledQuery temporal(Query.Temporal q) {
        BindingMatch m = match(q.bindings(), q.scope(), q.where(), false);
        List<Expression> events = new ArrayList<>();
        for (String e : m.events.keySet()) {
            events.add(Projections.timelineEvent(m, e));
        }
        Statement s = Cypher.match(m.patterns).where(m.condition())
                .returningDistinct(Cypher.listOf(events).as(Columns.EVENTS)).build();
        return new CompiledQuery.Timeline(render(s, params), params.values());
    }
}
