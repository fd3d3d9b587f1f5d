package io.cotasks.query.compile;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Parameter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of one compiled statement: every user value goes through here, never into the text. */
final class Params {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final String shape;

    /** Parameters of a statement whose Cypher text is not cached (the engine's own look-ups). */
    Params() {
        this(null);
    }

    /** Parameters of a statement of this shape ({@link StatementShape}), whose Cypher text is cached by it. */
    Params(String shape) {
        this.shape = shape;
    }

    /** A new named parameter; the name is {@code base}, or {@code base_2}, ... when taken. */
    Parameter<Object> add(String base, Object value) {
        String name = base;
        for (int i = 2; values.containsKey(name); i++) {
            name = base + "_" + i;
        }
        values.put(name, value);
        return Cypher.parameter(name, value);
    }

    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The statement's shape key, or null when its text is not cached. */
    String shape() {
        return shape;
    }
}
