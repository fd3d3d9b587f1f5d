package io.cotasks.store;

import io.cotasks.store.model.Question;
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
     * Writes one video's graph in one transaction, idempotently: nodes and relationships are merged on
     * their natural keys, so writing the same graph twice leaves identical counts. The content hash is
     * recorded for {@code graph.origin()} in the same transaction.
     */
    WriteSummary writeVideo(VideoGraph graph);

    /**
     * Writes several videos' graphs, each exactly as {@link #writeVideo} would, then {@code questions} as
     * {@link #writeQuestions} would, all in one transaction: everything or, when anything fails, nothing. An
     * ingest writes a STAR video and its questions this way, and several small videos share one commit; a
     * caller that must isolate a bad video retries the failed batch video by video.
     *
     * @return the elements written, graphs and questions together
     */
    WriteSummary writeVideos(List<VideoGraph> graphs, List<Question> questions);

    /**
     * Writes questions, merged on their uid, creating a bare {@code Video} node for any video not yet in
     * the graph. Batched; one transaction per call.
     */
    WriteSummary writeQuestions(List<Question> questions);

    /** The content hash last written for this video by this origin, if any. */
    Optional<String> contentHash(String videoId, String origin);

    /** Runs a read query; values reach Cypher only as parameters. */
    QueryResult query(String cypher, Map<String, Object> parameters);

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
