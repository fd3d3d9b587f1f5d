package io.cotasks.query.exec;

import io.cotasks.query.compile.CompiledQuery;
import io.cotasks.query.compile.Step;
import io.cotasks.query.result.TemporalPair;
import io.cotasks.store.QueryResult;
import io.cotasks.store.SceneGraphStore;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs compiled queries on a store and shapes their rows into the statement's result. */
public final class Executor {

    private Executor() {
    }

    /**
     * Rows of a run.
     *
     * @param rows   the statement's rows
     * @param dbHits Neo4j's db hits when profiled, otherwise -1
     * @param notes  what a reader must know about the rows (a cap that cut them)
     * @param pairs  TEMPORAL's rows as typed pairs (empty for the other shapes)
     */
    public record Rows(List<Map<String, Object>> rows, long dbHits, List<String> notes, List<TemporalPair> pairs) {

        public Rows(List<Map<String, Object>> rows, long dbHits) {
            this(rows, dbHits, List.of(), List.of());
        }
    }

    private static final String CAP_NOTE = String.format(Locale.ROOT, "TEMPORAL stopped at its cap of %,d event pairs; "
            + "more pairs exist (narrow the patterns or the time window)", Timeline.MAX_PAIRS);

    public static Rows run(SceneGraphStore store, CompiledQuery q, Map<String, Step> steps, boolean profile) {
        return q.accept(new CompiledQuery.Visitor<>() {
            @Override
            public Rows visitRows(CompiledQuery.Rows rows) {
                QueryResult r = query(rows);
                return new Rows(r.rows(), r.dbHits());
            }

            @Override
            public Rows visitLocalize(CompiledQuery.Localize localize) {
                QueryResult r = query(localize);
                return new Rows(Spans.localize(r.rows(), localize.window(), localize.limit()), r.dbHits());
            }

            @Override
            public Rows visitTrack(CompiledQuery.Track track) {
                QueryResult r = query(track);
                return new Rows(Tracks.sample(r.rows(), track.sample()), r.dbHits());
            }

            @Override
            public Rows visitTimeline(CompiledQuery.Timeline timeline) {
                QueryResult r = query(timeline);
                Timeline.Pairs pairs = Timeline.pairs(r.rows());
                return new Rows(pairs.rows(), r.dbHits(), pairs.capped() ? List.of(CAP_NOTE) : List.of(), pairs.pairs());
            }

            @Override
            public Rows visitReplay(CompiledQuery.Replay replay) {
                return new Rows(steps.get(replay.step()).rows(), -1);
            }

            private QueryResult query(CompiledQuery q) {
                return profile ? store.profile(q.cypher(), q.parameters()) : store.query(q.cypher(), q.parameters());
            }
        });
    }
}
