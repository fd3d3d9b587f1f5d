package io.cotasks.query;

import io.cotasks.store.SceneGraphStore;

import java.util.List;

/**
 * Parses, checks, compiles and runs DSL statements on a store. An engine is a session: it remembers
 * {@code USE VIDEO} and {@code LET} steps between statements. Not thread-safe; create one per thread.
 */
public final class QueryEngine {

    private final SceneGraphStore store;

    private QueryEngine(SceneGraphStore store) {
        this.store = store;
    }

    public static QueryEngine on(SceneGraphStore store) {
        return new QueryEngine(store);
    }

    /** Runs one statement. Throws {@link QueryException} for syntax and semantic errors. */
    public StatementResult run(String statement) {
        throw new UnsupportedOperationException("query engine not written yet");
    }

    /** Runs every statement of a script in order and returns their results. */
    public List<StatementResult> runScript(String script) {
        throw new UnsupportedOperationException("query engine not written yet");
    }
}
