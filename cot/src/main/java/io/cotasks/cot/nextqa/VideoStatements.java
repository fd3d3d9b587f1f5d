package io.cotasks.cot.nextqa;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.ast.Query;
import io.cotasks.query.result.Result;
import io.cotasks.query.statement.Operator;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs the DSL statements of one video's questions and keeps their results while the questions stay on that
 * video: a statement an earlier question of the video already ran (the same syntax tree: the same operator,
 * patterns, video, window and sources) returns the same result without running again. Questions of one video
 * share many statements (the same anchor event, the same focus window), about half of them on the NExT-QA MC
 * val set. The first statement on another video forgets the previous video's results, so what is kept is
 * bounded by one video's statements and is as old as the video's facts the generator keeps
 * ({@link io.cotasks.cot.VideoFacts}). Not thread-safe: one per generator.
 */
final class VideoStatements {

    /** More distinct statements than one video's questions run; beyond it nothing more is kept. */
    private static final int MAX_KEPT = 1_024;

    private final QueryEngine engine;
    private final Map<Query, Result<?>> results = new HashMap<>();
    private String video;

    private VideoStatements(QueryEngine engine) {
        this.engine = engine;
    }

    static VideoStatements on(QueryEngine engine) {
        return new VideoStatements(engine);
    }

    /** The result of {@code operator}, a statement in {@code videoId}: kept from an earlier run or run now. */
    @SuppressWarnings("unchecked")
    <R> Result<R> run(String videoId, Operator<R> operator) {
        if (!videoId.equals(video)) {
            results.clear();
            video = videoId;
        }
        Query query = operator.query();
        Result<R> kept = (Result<R>) results.get(query);
        if (kept != null) {
            return kept;
        }
        Result<R> result = engine.run(operator);
        if (results.size() < MAX_KEPT) {
            results.put(query, result);
        }
        return result;
    }
}
