package io.cotasks.query.compile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import java.util.List;

/**
 * Renders compiled statements to Cypher text, and remembers the text by the statement's shape
 * ({@link StatementShape}): every value is a parameter, so statements of one shape share their text, and
 * Cypher-DSL's rendering (its reflective visitor took about 45% of a CoT statement's time) runs once per shape.
 * Bounded, thread-safe, shared by all sessions.
 */
final class CypherTexts {

    /** Shapes kept; a CoT run uses a few dozen. */
    private static final int MAX_SHAPES = 4096;

    private static final Renderer RENDERER =
            Renderer.getRenderer(Configuration.newConfig().alwaysEscapeNames(false).build());

    /** The cache of every compiler; {@code -Dcotasks.cypherCache.verify=true} (the test suites) checks every hit. */
    static final CypherTexts SHARED = new CypherTexts(MAX_SHAPES, Boolean.getBoolean("cotasks.cypherCache.verify"));

    private final Cache<String, Text> cache;
    private final boolean verify;

    /** A rendered text and the parameter names it was rendered with, in order. */
    private record Text(String cypher, List<String> parameters) {
    }

    /**
     * @param maxShapes the number of shapes kept
     * @param verify    render every statement whose text is cached again, and fail when the texts differ
     */
    CypherTexts(int maxShapes, boolean verify) {
        this.cache = Caffeine.newBuilder().maximumSize(maxShapes).executor(Runnable::run).build();
        this.verify = verify;
    }

    /** Whether every statement whose text is cached is also rendered again and compared. */
    boolean verifies() {
        return verify;
    }

    /** The cached text of the parameters' shape when it was rendered with the same parameter names, otherwise null. */
    String cached(Params params) {
        Text cached = cache.getIfPresent(params.shape());
        return cached != null && cached.parameters().equals(List.copyOf(params.values().keySet())) ? cached.cypher() : null;
    }

    /**
     * The Cypher text of a statement: the cached text of its shape when one was rendered with the same
     * parameter names, otherwise a new rendering, which is then cached.
     *
     * @param params the statement's parameters and shape key; a null shape renders without the cache
     * @throws IllegalStateException in verify mode, when the cached text differs from the statement's own
     */
    String render(Statement statement, Params params) {
        String shape = params.shape();
        if (shape == null) {
            return RENDERER.render(statement);
        }
        List<String> names = List.copyOf(params.values().keySet());
        Text cached = cache.getIfPresent(shape);
        boolean usable = cached != null && cached.parameters().equals(names);
        if (usable && !verify) {
            return cached.cypher();
        }
        String cypher = RENDERER.render(statement);
        if (verify && cached != null && !(usable && cached.cypher().equals(cypher))) {
            throw new IllegalStateException("statements of shape " + shape + " compile to different Cypher:\n"
                    + cached.cypher() + " " + cached.parameters() + "\n" + cypher + " " + names);
        }
        cache.put(shape, new Text(cypher, names));
        return cypher;
    }
}
