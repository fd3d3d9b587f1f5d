package io.cotasks.query.exec;

import io.cotasks.query.compile.CompiledQuery;
import io.cotasks.query.compile.Shape;
import io.cotasks.query.compile.Step;
import io.cotasks.store.QueryResult;
import io.cotasks.store.SceneGraphStore;

import java.util.List;
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
     */
    public record Rows(List<Map<String, Object>> rows, long dbHits, List<String> notes) {

        public Rows(List<Map<String, Object>> rows, long dbHits) {
            this(rows, dbHits, List.of());
        }
    }

    public static Rows run(SceneGraphStore store, CompiledQuery q, Map<String, Step> steps, boolean profile) {
        if (q.step() != null) {
            return new Rows(steps.get(q.step()).rows(), -1);
        }
        QueryResult r = profile ? store.profile(q.cypher(), q.parameters()) : store.query(q.cypher(), q.parameters());
        if (q.shape() == Shape.TEMPORAL) {
            Timeline.Pairs pairs = Timeline.pairs(r.rows());
            return new Rows(pairs.rows(), r.dbHits(), pairs.capped()
                    ? List.of(String.format(java.util.Locale.ROOT, "TEMPORAL stopped at its cap of %,d event pairs; "
                            + "more pairs exist (narrow the patterns or the time window)", Timeline.MAX_PAIRS))
                    : List.of());
        }
        List<Map<String, Object>> rows = switch (q.shape()) {
            case LOCALIZE -> Spans.localize(r.rows(), q.window(), q.limit());
            case TRACK -> Tracks.sample(r.rows(), q.sample());
            default -> r.rows();
        };
        return new Rows(rows, r.dbHits());
    }
}
