package io.cotasks.store;

import io.cotasks.store.model.Question;
import io.cotasks.store.model.UnitWrite;
import io.cotasks.store.model.VideoGraph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scene graph in Neo4j, behind one interface for the embedded database and a Bolt server or cluster.
 * Opening a store creates the {@link Schema} constraints and indexes idempotently. Closing it is fast and
 * leaves no thread behind.
 */
public interface SceneGraphStore extends AutoCloseable {

    /**
     * Writes one video's graph in one transaction, replacing what {@code graph.origin()} wrote before for the
     * video: writing the same graph twice leaves identical counts, a changed graph leaves exactly its new
     * content. The content hash is recorded for the origin in the same transaction. Derived elements are
     * the graph's own ({@link Derivation#NONE}).
     */
    WriteSummary writeVideo(VideoGraph graph);

    /**
     * Writes several videos' graphs, each as {@link #writeVideo} would, then {@code questions} as
     * {@link #writeQuestions} would, all in one transaction: everything or, when anything fails, nothing.
     *
     * @return the elements written, graphs and questions together
     */
    WriteSummary writeVideos(List<VideoGraph> graphs, List<Question> questions);

    /**
     * Writes units in one transaction, all or nothing; each replaces what its origin wrote before for its
     * video ({@link UnitWrite}). Elements another origin also wrote are kept (only the origin's tag goes);
     * the video's derived elements are recomputed by {@code derivation} from everything it holds afterwards
     * whenever other origins' elements remain. An ingest writes every unit this way, several small videos
     * sharing one commit; a caller that must isolate a bad video retries the failed batch unit by unit.
     *
     * @return the elements written
     */
    WriteSummary writeUnits(List<UnitWrite> units, Derivation derivation);

    /**
     * Writes questions in one transaction, creating a bare {@code Video} node for any video not yet in the
     * graph. The questions of one dataset about one video replace those that dataset wrote before about it
     * (the dataset is their origin).
     */
    WriteSummary writeQuestions(List<Question> questions);

    /** The content hash last written for this video by this origin, if any. */
    Optional<String> contentHash(String videoId, String origin);

    /** Runs a read query; values reach Cypher only as parameters. */
    QueryResult query(String cypher, Map<String, Object> parameters);

    /**
     * Runs {@code work} so that every {@link #query} this thread makes during it reads in one read transaction:
     * one begin and close instead of one per query (about 7% of a CoT question's time). A call
     * inside another joins the outer transaction. The read timeout, when set, limits the whole work. By default
     * the queries run as usual, each in its own transaction.
     */
    default <T> T readTogether(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /**
     * Limits every later {@link #query} and {@link #profile} to {@code timeout} (Neo4j's transaction timeout
     * stops it on the server); null for no limit. A read stopped so fails with a one-line {@link CotasksException}.
     */
    default void readTimeout(java.time.Duration timeout) {
    }

    /**
     * Stops the reads running now, from another thread (the shell's Ctrl-C); they fail with a one-line
     * {@link CotasksException}. The embedded database stops them at once; over Bolt this does nothing and
     * the read timeout is what stops them.
     */
    default void cancelReads() {
    }

    /** Runs a read query with {@code PROFILE} and reports Neo4j's db hits in the result. */
    QueryResult profile(String cypher, Map<String, Object> parameters);

    /** Runs a write query in its own transaction (maintenance, benchmarks' naive baseline). */
    QueryResult write(String cypher, Map<String, Object> parameters);

    /** Node counts per label and relationship counts per type. */
    StoreStats stats();

    /** Where this store lives, for messages: a folder or a URI. */
    String describe();

    @Override
    void close();
}
