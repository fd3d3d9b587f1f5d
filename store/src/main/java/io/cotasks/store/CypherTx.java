package io.cotasks.store;

import java.util.Map;

/**
 * One open transaction on either backend. The write Cypher in {@link GraphWriter} runs against this, so
 * the embedded database and a Bolt server execute exactly the same statements.
 */
interface CypherTx {

    /**
     * Runs one statement and returns its rows as plain Java values.
     *
     * @param profile run it with {@code PROFILE} and report the db hits
     */
    Outcome run(String cypher, Map<String, Object> parameters, boolean profile);

    /** The embedded transaction behind this one, for {@link CoreWriter}'s fast path; empty over Bolt. */
    default java.util.Optional<org.neo4j.graphdb.Transaction> core() {
        return java.util.Optional.empty();
    }

    default QueryResult run(String cypher, Map<String, Object> parameters) {
        return run(cypher, parameters, false).result();
    }

    /**
     * What a statement returned.
     *
     * @param result   its rows
     * @param readOnly true when Neo4j planned it as a read-only query
     */
    record Outcome(QueryResult result, boolean readOnly) {
    }
}
