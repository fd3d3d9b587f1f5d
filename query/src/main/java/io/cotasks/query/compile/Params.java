package io.cotasks.query.compile;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Parameter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of one compiled statement: every user value goes through here, never into the text. */
final class Params {

    private final Map<String, Object> values = new LinkedHashMap<>();

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
}
