package io.cotasks.cot;

import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.model.Question;

/** Decomposes a question into DSL statements, runs them on the scene graph, and builds the CoT. */
public final class CotGenerator {

    private final SceneGraphStore store;
    private final int maxTokens;

    private CotGenerator(SceneGraphStore store, int maxTokens) {
        this.store = store;
        this.maxTokens = maxTokens;
    }

    /** A generator with the default token budget of 512. */
    public static CotGenerator on(SceneGraphStore store) {
        return on(store, 512);
    }

    public static CotGenerator on(SceneGraphStore store, int maxTokens) {
        return new CotGenerator(store, maxTokens);
    }

    /** The CoT for one question; never throws for questions that cannot be grounded. */
    public CotResult generate(Question question) {
        throw new UnsupportedOperationException("CoT generation not written yet");
    }
}
