package io.cotasks.query;

import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.Statement;
import io.cotasks.query.check.StepKind;
import io.cotasks.query.check.Suggestions;
import io.cotasks.query.check.Vocabulary;
import io.cotasks.query.compile.CompiledQuery;
import io.cotasks.query.compile.CypherCompiler;
import io.cotasks.query.compile.Step;
import io.cotasks.store.QueryResult;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state of one engine: the current video, named steps, the vocabulary and videos known to exist. */
final class Session {

    private final SceneGraphStore store;
    String video;
    final Map<String, Step> steps = new LinkedHashMap<>();
    private Vocabulary vocabulary;
    private final Set<String> knownVideos = new HashSet<>();

    Session(SceneGraphStore store) {
        this.store = store;
    }

    Vocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = Vocabulary.of(strings("MATCH (n:" + Schema.ENTITY + ") RETURN DISTINCT n." + Schema.CATEGORY
                    + " AS v"), strings("MATCH (n:" + Schema.EVENT + ") RETURN DISTINCT n." + Schema.PREDICATE + " AS v"));
        }
        return vocabulary;
    }

    void refresh() {
        vocabulary = null;
        knownVideos.clear();
    }

    private List<String> strings(String cypher) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : store.query(cypher, Map.of()).rows()) {
            if (row.get("v") instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    void useVideo(Statement.UseVideo u) {
        requireVideo(u.video());
        video = (String) u.video().value();
    }

    CompiledQuery compile(Statement statement) {
        if (statement instanceof Statement.Let let) {
            return compile(let.query());
        }
        if (statement instanceof Statement.UseVideo u) {
            return new CompiledQuery("MATCH (v:" + Schema.VIDEO + " {" + Schema.ID + ": $video}) RETURN v.id AS video",
                    Map.of("video", u.video().value()), List.of("video"), io.cotasks.query.compile.Shape.ROWS,
                    null, null, null, null);
        }
        Query query = (Query) statement;
        Scope scope = scopeOf(query);
        if (scope != null && scope.video() != null) {
            requireVideo(scope.video());
        }
        return CypherCompiler.compile(query, video, steps);
    }

    private void requireVideo(Literal literal) {
        String id = (String) literal.value();
        if (knownVideos.contains(id)) {
            return;
        }
        Map<String, Object> params = Map.of("id", id);
        QueryResult r = store.query("MATCH (v:" + Schema.VIDEO + ") WHERE v." + Schema.ID + " = $id RETURN v.id AS id",
                params);
        if (r.rows().isEmpty()) {
            List<String> ids = new ArrayList<>();
            store.query("MATCH (v:" + Schema.VIDEO + ") RETURN v." + Schema.ID + " AS id", Map.of()).rows()
                    .forEach(row -> ids.add(String.valueOf(row.get("id"))));
            throw new QueryException(literal.pos().line(), literal.pos().column(),
                    "unknown video '" + id + "'" + Suggestions.hint(id, ids));
        }
        knownVideos.add(id);
    }

    private static Scope scopeOf(Query q) {
        if (q instanceof Query.Entities e) {
            return e.scope();
        }
        if (q instanceof Query.Events e) {
            return e.scope();
        }
        if (q instanceof Query.Localize l) {
            return l.scope();
        }
        if (q instanceof Query.Track t) {
            return t.scope();
        }
        if (q instanceof Query.Spatial s) {
            return s.scope();
        }
        if (q instanceof Query.Temporal t) {
            return t.scope();
        }
        return null;
    }

    /** A step holds events when its single column is a whole event: {@code RETURN e}, EARLIEST/LATEST e. */
    static StepKind kindOf(Query q) {
        if (!(q instanceof Query.Events e)) {
            return StepKind.VALUES;
        }
        ReturnClause r = e.ret();
        boolean events = r == null ? e.bindings().size() == 1
                : r instanceof ReturnClause.Items i ? i.items().size() == 1 && i.items().get(0).property() == null
                        && isEventVar(e, i.items().get(0).variable().text())
                : r instanceof ReturnClause.Extreme x && x.item().property() == null
                        && isEventVar(e, x.item().variable().text());
        return events ? StepKind.EVENTS : StepKind.VALUES;
    }

    private static boolean isEventVar(Query.Events e, String name) {
        return io.cotasks.query.check.Variables.of(e.bindings()).isEvent(name);
    }
}
