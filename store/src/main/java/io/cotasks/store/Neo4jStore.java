package io.cotasks.store;

import io.cotasks.store.model.Question;
import io.cotasks.store.model.UnitWrite;
import io.cotasks.store.model.VideoGraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything both backends share: the schema set-up, the writes, the read-only guard and the statistics.
 * A backend only says how to run work in one transaction and how to translate its errors.
 */
abstract class Neo4jStore implements SceneGraphStore {

    private volatile Duration readTimeout;
    private volatile StagedWrite.Limits stagedLimits = StagedWrite.Limits.DEFAULT;
    private final java.util.concurrent.locks.ReadWriteLock staging = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final AtomicLong cancellations = new AtomicLong();
    /** The transaction of the {@link #readTogether} this thread runs, if any. */
    private final ThreadLocal<CypherTx> joined = new ThreadLocal<>();

    static final String READ_ONLY_MESSAGE = "not a read-only query (it would write): use write() for updates";

    /**
     * Runs {@code work} in one transaction, committed when {@code write} is true and the work returns normally,
     * rolled back otherwise.
     */
    protected abstract <T> T transaction(boolean write, Function<CypherTx, T> work);

    /**
     * Runs a read in one transaction that Neo4j stops after {@code timeout} (null: no limit) and that
     * {@link #cancelReads} can stop; by default a plain read transaction.
     */
    protected <T> T readTransaction(Duration timeout, Function<CypherTx, T> work) {
        return transaction(false, work);
    }

    /** The backend's own query errors as a {@link CotasksException} with exit code 3, otherwise null. */
    protected abstract CotasksException queryError(RuntimeException e);

    /** Creates the constraints and indexes when missing and waits until the indexes are online. */
    protected final void createSchema() {
        transaction(true, tx -> {
            Schema.CONSTRAINTS.forEach(c -> tx.run(c, Map.of()));
            Schema.INDEXES.forEach(i -> tx.run(i, Map.of()));
            return null;
        });
        transaction(false, tx -> tx.run("CALL db.awaitIndexes(300)", Map.of()));
    }

    @Override
    public WriteSummary writeVideo(VideoGraph graph) {
        return writeVideos(List.of(graph), List.of());
    }

    @Override
    public WriteSummary writeVideos(List<VideoGraph> graphs, List<Question> questions) {
        List<UnitWrite> units = new ArrayList<>();
        graphs.forEach(g -> units.add(UnitWrite.of(g.origin(), g, List.of())));
        Map<List<String>, List<Question>> byUnit = new LinkedHashMap<>();
        questions.forEach(q -> byUnit.computeIfAbsent(List.of(q.videoId(), q.dataset()), k -> new ArrayList<>()).add(q));
        byUnit.forEach((k, qs) -> units.add(UnitWrite.questions(k.get(0), k.get(1), qs)));
        return writeUnits(units, Derivation.NONE);
    }

    /**
     * A single unit this large is written in several bounded transactions ({@link StagedWrite}); while it
     * is, this store runs no other write (the write lock), otherwise writes run side by side (the read lock).
     */
    @Override
    public WriteSummary writeUnits(List<UnitWrite> units, Derivation derivation) {
        if (units.size() == 1 && StagedWrite.applies(units.get(0), stagedLimits)) {
            staging.writeLock().lock();
            try {
                return StagedWrite.write(step -> transaction(true, tx -> {
                    step.accept(tx);
                    return null;
                }), stagedLimits, units.get(0), derivation);
            } finally {
                staging.writeLock().unlock();
            }
        }
        staging.readLock().lock();
        try {
            return transaction(true, tx -> {
                long elements = 0;
                for (UnitWrite unit : units) {
                    elements += GraphWriter.write(tx, unit, derivation).elements();
                }
                return new WriteSummary(elements, false);
            });
        } finally {
            staging.readLock().unlock();
        }
    }

    /** Changes when a unit is staged and the size of its transactions (tests use small ones). */
    void stagedLimits(StagedWrite.Limits limits) {
        this.stagedLimits = limits;
    }

    @Override
    public WriteSummary writeQuestions(List<Question> questions) {
        return writeVideos(List.of(), questions);
    }

    @Override
    public Optional<String> contentHash(String videoId, String origin) {
        return transaction(false, tx -> GraphWriter.contentHash(tx, videoId, origin));
    }

    @Override
    public QueryResult query(String cypher, Map<String, Object> parameters) {
        return read(cypher, parameters, false);
    }

    @Override
    public QueryResult profile(String cypher, Map<String, Object> parameters) {
        return read(cypher, parameters, true);
    }

    @Override
    public QueryResult write(String cypher, Map<String, Object> parameters) {
        return translated(() -> transaction(true, tx -> tx.run(cypher, parameters)));
    }

    @Override
    public StoreStats stats() {
        return transaction(false, tx -> {
            Map<String, Long> labels = new TreeMap<>();
            for (String label : names(tx, "CALL db.labels() YIELD label RETURN label AS name", Schema.LABELS)) {
                count(tx, "MATCH (n:" + quote(label) + ") RETURN count(n) AS n", label, labels);
            }
            Map<String, Long> types = new TreeMap<>();
            for (String type : names(tx, "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS name",
                    Schema.RELATIONSHIP_TYPES)) {
                count(tx, "MATCH ()-[r:" + quote(type) + "]->() RETURN count(r) AS n", type, types);
            }
            return new StoreStats(labels, types);
        });
    }

    @Override
    public void readTimeout(Duration timeout) {
        this.readTimeout = timeout == null || timeout.isZero() || timeout.isNegative() ? null : timeout;
    }

    @Override
    public void cancelReads() {
        cancellations.incrementAndGet();
        terminateReads();
    }

    /** Terminates the running reads of {@link #readTransaction}; by default nothing. */
    protected void terminateReads() {
    }

    @Override
    public <T> T readTogether(java.util.function.Supplier<T> work) {
        if (joined.get() != null) {
            return work.get();
        }
        Duration timeout = readTimeout;
        return reading(timeout, () -> readTransaction(timeout, tx -> {
            joined.set(tx);
            try {
                return work.get();
            } finally {
                joined.remove();
            }
        }));
    }

    private QueryResult read(String cypher, Map<String, Object> parameters, boolean profile) {
        CypherTx tx = joined.get();
        Duration timeout = readTimeout;
        return reading(timeout, () -> tx != null ? readOnly(tx, cypher, parameters, profile)
                : readTransaction(timeout, own -> readOnly(own, cypher, parameters, profile)));
    }

    private static QueryResult readOnly(CypherTx tx, String cypher, Map<String, Object> parameters, boolean profile) {
        CypherTx.Outcome outcome = tx.run(cypher, parameters, profile);
        if (!outcome.readOnly()) {
            throw new CotasksException(READ_ONLY_MESSAGE, CotasksException.QUERY, null);
        }
        return outcome.result();
    }

    /** Runs reads, saying in one line when they were cancelled or stopped by the timeout. */
    private <T> T reading(Duration timeout, java.util.function.Supplier<T> reads) {
        long cancelled = cancellations.get();
        try {
            return translated(reads);
        } catch (RuntimeException e) {
            if (cancellations.get() != cancelled) {
                throw new CotasksException("statement cancelled", CotasksException.QUERY, e);
            }
            if (timeout != null && stoppedByTimeout(e)) {
                throw new CotasksException("statement stopped: it ran longer than the timeout of "
                        + seconds(timeout) + " (--timeout)", CotasksException.QUERY, e);
            }
            throw e;
        }
    }

    private static boolean stoppedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("timeout") || m.contains("timed out") || m.contains("has been terminated")) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private <T> T translated(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (CotasksException e) {
            throw e;
        } catch (RuntimeException e) {
            CotasksException translated = queryError(e);
            throw translated != null ? translated : e;
        }
    }

    private static List<String> names(CypherTx tx, String cypher, List<String> always) {
        List<String> names = new ArrayList<>(always);
        for (Map<String, Object> row : tx.run(cypher, Map.of()).rows()) {
            String name = (String) row.get("name");
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Counts from the count store; labels and types outside the schema appear only when in use. */
    private static void count(CypherTx tx, String cypher, String name, Map<String, Long> into) {
        long n = (Long) tx.run(cypher, Map.of()).rows().get(0).get("n");
        boolean known = Schema.LABELS.contains(name) || Schema.RELATIONSHIP_TYPES.contains(name);
        if (n > 0 || known) {
            into.put(name, n);
        }
    }

    /** The name in {@code CREATE CONSTRAINT name IF NOT EXISTS ...} or {@code CREATE INDEX name ...}. */
    static String schemaName(String statement) {
        return statement.split(" ")[2];
    }

    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** First line of a backend message, for one-line errors. */
    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim();
    }
}
