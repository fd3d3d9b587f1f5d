package io.cotasks.query.compile;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.TimeFilter;
import io.cotasks.query.check.Variables;

import java.util.List;

/**
 * The parameters of a query whose Cypher text is cached ({@link CypherTexts}), read from the syntax tree without
 * building Cypher-DSL objects: the same names and values, in the same order, as the compilers of this package
 * give them. Building those objects was 12% of {@code bench cot}'s time once the text was cached.
 *
 * <p>Covers the statements a chain of thought runs: ENTITIES, TRACK, SPATIAL, and LOCALIZE and TEMPORAL without
 * WHERE. Kept in step with {@link CypherCompiler}, {@link BindingMatch} and {@link Conditions}: the test suites run
 * with {@code -Dcotasks.cypherCache.verify=true}, which compiles every such statement both ways and fails on any
 * difference.
 */
final class ParameterWalk {

    private final Params params;
    private final String sessionVideo;

    private ParameterWalk(String shape, String sessionVideo) {
        this.params = new Params(shape);
        this.sessionVideo = sessionVideo;
    }

    /**
     * The compiled query of {@code query} with the cached text {@code cypher}, or null when this walk does not
     * cover the query or the text was rendered with other parameter names.
     */
    static CompiledQuery reuse(Query query, String sessionVideo, String shape, CypherTexts texts) {
        ParameterWalk walk = new ParameterWalk(shape, sessionVideo);
        if (!walk.collect(query)) {
            return null;
        }
        String cypher = texts.cached(walk.params);
        if (cypher == null) {
            return null;
        }
        var values = walk.params.values();
        if (query instanceof Query.Track t) {
            return new CompiledQuery.Track(cypher, values, t.sample());
        } else if (query instanceof Query.Localize l) {
            return new CompiledQuery.Localize(cypher, values, l.scope().time(), l.limit());
        } else if (query instanceof Query.Temporal) {
            return new CompiledQuery.Timeline(cypher, values);
        }
        return new CompiledQuery.Rows(cypher, values,
                query instanceof Query.Spatial ? Columns.SPATIAL_ROWS : Columns.ENTITY_ROWS);
    }

    private boolean collect(Query query) {
        if (query instanceof Query.Entities q) {
            entityAndScope(q.node(), q.scope());
            if (q.limit() != null) {
                params.add("limit", q.limit());
            }
        } else if (query instanceof Query.Track q) {
            entityAndScope(q.node(), q.scope());
        } else if (query instanceof Query.Spatial q) {
            video(q.scope());
            params.add("kind", "spatial");
            for (int i = 0; i < q.nodes().size(); i++) {
                entity(q.nodes().get(i), "n" + (i + 1));
            }
            eventTime(q.scope().time());
            sources(q.scope().sources());
        } else if (query instanceof Query.Localize q && q.where().isEmpty()) {
            bindings(q.bindings(), q.scope());
        } else if (query instanceof Query.Temporal q && q.where().isEmpty()) {
            bindings(q.bindings(), q.scope());
        } else {
            return false;
        }
        return true;
    }

    /** ENTITIES and TRACK: the video, the entity pattern, the sources, then the boxes' time window. */
    private void entityAndScope(NodePattern node, Scope scope) {
        String name = node != null && node.variable() != null ? node.variable().text() : "x";
        video(scope);
        if (node != null) {
            entity(node, name);
        }
        sources(scope.sources());
        boxTime(scope.time());
    }

    /** {@link BindingMatch#of}: the video, each edge, each entity pattern, then each event's window and sources. */
    private void bindings(List<Binding> bindings, Scope scope) {
        Variables vars = Variables.of(bindings);
        video(scope);
        for (int i = 0; i < bindings.size(); i++) {
            String name = vars.eventNames().get(i);
            List<Name> predicates = bindings.get(i).edge().predicates();
            if (!predicates.isEmpty()) {
                oneOf(BindingMatch.texts(predicates), name + "_predicate");
            }
            Name kind = bindings.get(i).edge().kind();
            if (kind != null) {
                params.add(name + "_kind", kind.text());
            }
        }
        vars.entities().forEach((name, node) -> {
            if (node != null) {
                entity(node, name);
            }
        });
        for (int i = 0; i < bindings.size(); i++) {
            eventTime(scope.time());
            sources(scope.sources());
        }
    }

    private void video(Scope scope) {
        String video = scope.video() != null ? (String) scope.video().value() : sessionVideo;
        if (video != null) {
            params.add("video", video);
        }
    }

    /** {@link Conditions#entityParams}. */
    private void entity(NodePattern pattern, String name) {
        String base = name.startsWith("_") ? name.substring(1) : name;
        List<String> categories = BindingMatch.texts(pattern.categories());
        if (categories.size() == 1) {
            params.add(base + "_category", categories.get(0));
        } else if (!categories.isEmpty()) {
            params.add(base + "_categories", categories);
        }
        if (pattern.track() != null) {
            params.add(base + "_track", pattern.track());
        }
    }

    /** {@link Conditions#sources}. */
    private void sources(List<Name> sources) {
        if (!sources.isEmpty()) {
            oneOf(BindingMatch.texts(sources), "source");
        }
    }

    /** {@link Conditions#oneOf}. */
    private void oneOf(List<String> values, String base) {
        if (values.size() == 1) {
            params.add(base, values.get(0));
        } else {
            params.add(base + "s", values);
        }
    }

    /** {@link Conditions#eventTime}: a range adds its end first. */
    private void eventTime(TimeFilter time) {
        if (time != null) {
            time.accept(new Window(true));
        }
    }

    /** {@link Conditions#boxTime}: a range adds its start first. */
    private void boxTime(TimeFilter time) {
        if (time != null) {
            time.accept(new Window(false));
        }
    }

    /** A time window's parameters in the order its condition adds them: event ranges end first, box ranges start first. */
    private final class Window implements TimeFilter.Visitor<Void> {
        private final boolean endFirst;

        private Window(boolean endFirst) {
            this.endFirst = endFirst;
        }

        private void range(String from, Object start, String to, Object end) {
            if (endFirst) {
                params.add(to, end);
                params.add(from, start);
            } else {
                params.add(from, start);
                params.add(to, end);
            }
        }

        @Override
        public Void visitFrameRange(TimeFilter.FrameRange r) {
            range("from", r.from(), "to", r.to());
            return null;
        }

        @Override
        public Void visitSecondRange(TimeFilter.SecondRange r) {
            range("fromSec", r.from(), "toSec", r.to());
            return null;
        }

        @Override
        public Void visitFirst(TimeFilter.First f) {
            params.add("first", f.seconds());
            return null;
        }

        @Override
        public Void visitLast(TimeFilter.Last l) {
            params.add("last", l.seconds());
            return null;
        }

        @Override
        public Void visitAtFrame(TimeFilter.AtFrame a) {
            params.add("frame", a.frame());
            return null;
        }

        @Override
        public Void visitAtSecond(TimeFilter.AtSecond a) {
            params.add("atSec", a.seconds());
            return null;
        }
    }
}
