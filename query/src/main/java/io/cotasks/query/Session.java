package io.cotasks.query;

import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.ast.Scoped;
import io.cotasks.query.ast.Statement;
import io.cotasks.query.check.StepKind;
import io.cotasks.query.check.Suggestions;
import io.cotasks.query.check.Variables;
import io.cotasks.query.check.Vocabulary;
import io.cotasks.query.compile.CompiledQuery;
import io.cotasks.query.compile.CypherCompiler;
import io.cotasks.query.compile.GraphLookups;
import io.cotasks.query.compile.Step;
import io.cotasks.query.error.UnknownVideoException;
import io.cotasks.query.exec.RowReaders;
import io.cotasks.store.SceneGraphStore;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one engine: the current video, named steps, the vocabulary and videos known to exist. Its
 * look-ups are the compiler's {@link GraphLookups} (Cypher-DSL), read through {@link RowReaders}.
 */
final class Session {

    private final SceneGraphStore store;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Set<String> knownVideos = new HashSet<>();
    private String video;
    private Vocabulary vocabulary;

    Session(SceneGraphStore store) {
        this.store = store;
    }

    /** The video of the last {@code USE VIDEO}, or null. */
    String video() {
        return video;
    }

    /** The named steps in definition order (read-only; {@link #define} adds one). */
    Map<String, Step> steps() {
        return Collections.unmodifiableMap(steps);
    }

    /** Keeps the rows of a {@code LET} step under its name, replacing an earlier step of that name. */
    void define(String name, Step step) {
        steps.put(name, step);
    }

    Vocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = Vocabulary.of(strings(GraphLookups.categories()), strings(GraphLookups.predicates()));
        }
        return vocabulary;
    }

    void refresh() {
        vocabulary = null;
        knownVideos.clear();
    }

    private List<String> strings(CompiledQuery lookup) {
        return RowReaders.values(store.query(lookup.cypher(), lookup.parameters()).rows());
    }

    void useVideo(Statement.UseVideo u) {
        requireVideo(u.video());
        video = (String) u.video().value();
    }

    /** Compiles a query, a LET step's query or the look-up of a USE VIDEO; EXPLAIN and PROFILE compile their statement. */
    CompiledQuery compile(Statement statement) {
        return statement.accept(new Statement.CommandVisitor<>() {
            @Override
            public CompiledQuery visitExplain(Statement.Explain explain) {
                return explain.inner().accept(this);
            }

            @Override
            public CompiledQuery visitProfile(Statement.Profile profile) {
                return profile.inner().accept(this);
            }

            @Override
            public CompiledQuery visitUseVideo(Statement.UseVideo useVideo) {
                return GraphLookups.video((String) useVideo.video().value());
            }

            @Override
            public CompiledQuery visitLet(Statement.Let let) {
                return visitQuery(let.query());
            }

            @Override
            public CompiledQuery visitQuery(Query query) {
                if (query instanceof Scoped scoped && scoped.scope().video() != null) {
                    requireVideo(scoped.scope().video());
                }
                return CypherCompiler.compile(query, video, steps);
            }
        });
    }

    private void requireVideo(Literal literal) {
        String id = (String) literal.value();
        if (knownVideos.contains(id)) {
            return;
        }
        if (strings(GraphLookups.video(id)).isEmpty()) {
            throw new UnknownVideoException(literal.pos().line(), literal.pos().column(), id,
                    Suggestions.hint(id, strings(GraphLookups.videoIds())));
        }
        knownVideos.add(id);
    }

    /** A step holds events when its single column is a whole event: {@code RETURN e}, EARLIEST/LATEST e. */
    static StepKind kindOf(Query q) {
        if (!(q instanceof Query.Events e)) {
            return StepKind.VALUES;
        }
        boolean events = e.ret() == null ? e.bindings().size() == 1 : e.ret().accept(new ReturnClause.Visitor<Boolean>() {
            @Override
            public Boolean visitItems(ReturnClause.Items i) {
                return i.items().size() == 1 && wholeEvent(e, i.items().get(0));
            }

            @Override
            public Boolean visitCount(ReturnClause.Count count) {
                return false;
            }

            @Override
            public Boolean visitExtreme(ReturnClause.Extreme x) {
                return wholeEvent(e, x.item());
            }
        });
        return events ? StepKind.EVENTS : StepKind.VALUES;
    }

    private static boolean wholeEvent(Query.Events e, Item item) {
        return item.property() == null && Variables.of(e.bindings()).isEvent(item.variable().text());
    }
}
