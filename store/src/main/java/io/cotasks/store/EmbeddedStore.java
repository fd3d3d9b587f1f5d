package io.cotasks.store;

import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The embedded Neo4j backend: a database folder, no network ports. */
final class EmbeddedStore extends Neo4jStore {

    /** Neo4j's TokenConstants.NO_TOKEN, also its ANY_LABEL in count-store reads (the token API is not a dependency). */
    private static final int NO_TOKEN = -1;

    private final EmbeddedDbms dbms;
    private final boolean owned;
    /** The transactions of the reads running now, for {@link #cancelReads}. */
    private final java.util.Set<Transaction> reads = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private EmbeddedStore(EmbeddedDbms dbms, boolean owned) {
        this.dbms = dbms;
        this.owned = owned;
    }

    /** Opens (creating when missing) the database in {@code dir} with no connectors. */
    static EmbeddedStore open(java.nio.file.Path dir) {
        EmbeddedDbms dbms = EmbeddedDbms.start(dir, builder -> { });
        return on(dbms, true);
    }

    /** A store over a DBMS someone else owns (the server): closing the store leaves the DBMS running. */
    static EmbeddedStore on(EmbeddedDbms dbms, boolean owned) {
        EmbeddedStore store = new EmbeddedStore(dbms, owned);
        try {
            if (!store.schemaComplete()) {
                store.createSchema();
            }
        } catch (RuntimeException e) {
            if (owned) {
                dbms.close();
            }
            throw e;
        }
        return store;
    }

    /**
     * True when every constraint and index exists and is online, read through the core API: reopening a
     * database then compiles no Cypher at all.
     */
    private boolean schemaComplete() {
        try (Transaction tx = dbms.db().beginTx()) {
            java.util.Set<String> names = new java.util.HashSet<>();
            tx.schema().getConstraints().forEach(c -> names.add(c.getName()));
            for (org.neo4j.graphdb.schema.IndexDefinition index : tx.schema().getIndexes()) {
                if (tx.schema().getIndexState(index) != org.neo4j.graphdb.schema.Schema.IndexState.ONLINE) {
                    return false;
                }
                names.add(index.getName());
            }
            return java.util.stream.Stream.concat(Schema.CONSTRAINTS.stream(), Schema.INDEXES.stream())
                    .map(Neo4jStore::schemaName).allMatch(names::contains);
        }
    }

    @Override
    protected <T> T transaction(boolean write, Function<CypherTx, T> work) {
        try (Transaction tx = dbms.db().beginTx()) {
            T result = work.apply(new CypherTx() {
                @Override
                public Outcome run(String cypher, Map<String, Object> parameters, boolean profile) {
                    return EmbeddedStore.run(tx, cypher, parameters, profile);
                }

                @Override
                public java.util.Optional<Transaction> core() {
                    return java.util.Optional.of(tx);
                }
            });
            if (write) {
                tx.commit();
            }
            return result;
        }
    }

    @Override
    protected <T> T readTransaction(java.time.Duration timeout, Function<CypherTx, T> work) {
        try (Transaction tx = timeout == null ? dbms.db().beginTx()
                : dbms.db().beginTx(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            reads.add(tx);
            try {
                return work.apply((cypher, parameters, profile) -> EmbeddedStore.run(tx, cypher, parameters, profile));
            } finally {
                reads.remove(tx);
            }
        }
    }

    @Override
    protected void terminateReads() {
        reads.forEach(Transaction::terminate);
    }

    private static CypherTx.Outcome run(Transaction tx, String cypher, Map<String, Object> parameters,
                                        boolean profile) {
        try (Result result = tx.execute(profile ? "PROFILE " + cypher : cypher, parameters)) {
            List<String> columns = result.columns();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.hasNext()) {
                Map<String, Object> row = result.next();
                rows.add(Values.row(columns, row::get));
            }
            long dbHits = profile ? dbHits(result.getExecutionPlanDescription()) : -1;
            boolean readOnly = result.getQueryExecutionType().queryType() == QueryExecutionType.QueryType.READ_ONLY;
            return new CypherTx.Outcome(new QueryResult(columns, rows, dbHits), readOnly);
        }
    }

    private static long dbHits(ExecutionPlanDescription plan) {
        long hits = plan.hasProfilerStatistics() ? plan.getProfilerStatistics().getDbHits() : 0;
        for (ExecutionPlanDescription child : plan.getChildren()) {
            hits += dbHits(child);
        }
        return hits;
    }

    /**
     * The same figures as the Cypher of {@link Neo4jStore#stats}, read from the count store through the kernel
     * API: no Cypher planning in a fresh database (every ingest run ends with these statistics).
     */
    @Override
    public StoreStats stats() {
        try (Transaction tx = dbms.db().beginTx()) {
            org.neo4j.kernel.api.KernelTransaction ktx =
                    ((org.neo4j.kernel.impl.coreapi.InternalTransaction) tx).kernelTransaction();
            org.neo4j.internal.kernel.api.TokenRead tokens = ktx.tokenRead();
            org.neo4j.internal.kernel.api.Read read = ktx.dataRead();
            Map<String, Long> labels = new java.util.TreeMap<>();
            for (String label : Schema.LABELS) {
                int id = tokens.nodeLabel(label);
                labels.put(label, id == NO_TOKEN ? 0 : read.countsForNode(id));
            }
            for (org.neo4j.graphdb.Label label : tx.getAllLabelsInUse()) {
                long n = read.countsForNode(tokens.nodeLabel(label.name()));
                if (n > 0) {
                    labels.putIfAbsent(label.name(), n);
                }
            }
            int any = NO_TOKEN;
            Map<String, Long> types = new java.util.TreeMap<>();
            for (String type : Schema.RELATIONSHIP_TYPES) {
                int id = tokens.relationshipType(type);
                types.put(type, id == NO_TOKEN ? 0
                        : read.countsForRelationship(any, id, any));
            }
            for (org.neo4j.graphdb.RelationshipType type : tx.getAllRelationshipTypesInUse()) {
                long n = read.countsForRelationship(any, tokens.relationshipType(type.name()), any);
                if (n > 0) {
                    types.putIfAbsent(type.name(), n);
                }
            }
            return new StoreStats(labels, types);
        }
    }

    @Override
    protected CotasksException queryError(RuntimeException e) {
        if (e instanceof QueryExecutionException q) {
            return new CotasksException(firstLine(q.getMessage()), CotasksException.QUERY, e);
        }
        return null;
    }

    @Override
    public String describe() {
        return dbms.dir().toString();
    }

    @Override
    public void close() {
        if (owned) {
            dbms.close();
        }
    }
}
