package io.cotasks.query;

import io.cotasks.store.CotasksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What stops a statement, on the real VidOR graph: TEMPORAL's row cap (said in a note) and the read timeout. */
@ExtendWith(RealGraph.class)
class StatementLimitsTest {

    @Test
    void temporalSaysWhenItsCapCutTheRows() {
        StatementResult all = QueryEngine.on(RealGraph.store())
                .run("TEMPORAL a = (x)-[*]->(y)"); // every video: one VidOR video alone has 9,180 pairs
        assertThat(all.rows()).hasSize(10_000);
        assertThat(all.notes()).containsExactly("TEMPORAL stopped at its cap of 10,000 event pairs; more pairs exist "
                + "(narrow the patterns or the time window)");

        StatementResult few = QueryEngine.on(RealGraph.store())
                .run("TEMPORAL a = (x#0)-[watch]->(y#1), b = (x)-[pull]->(y) IN VIDEO '" + RealGraph.VIDOR + "'");
        assertThat(few.rows()).isNotEmpty().hasSizeLessThan(10_000);
        assertThat(few.notes()).isEmpty();
    }

    @Test
    void aReadTimeoutStopsARunawayStatementWithOneLine() {
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        engine.run("USE VIDEO '" + RealGraph.VIDOR_2 + "'");
        // seven identical bindings: billions of combinations, minutes without a limit
        assertStopped(engine, Duration.ofMillis(500), "EVENTS (x)-[near]->(y), (x)-[near]->(y), (x)-[near]->(y), "
                + "(x)-[near]->(y), (x)-[near]->(y), (x)-[near]->(y), (x)-[near]->(y) RETURN count(*)",
                "statement stopped: it ran longer than the timeout of 500 ms (--timeout)");
        assertThat(engine.currentVideo()).isEqualTo(RealGraph.VIDOR_2);
        assertThat(engine.run("VIDEOS LIMIT 1").rows()).hasSize(1);
    }

    /**
     * Five and six any-predicate events between the same two entities: Neo4j 5.26 spends seconds planning them
     * (five: still planning after 10 s at load 10, then 5.1 million rows), and checks for termination between planner
     * steps, so the timeout and a cancel stop them while they are planned (docs/dsl.md has the figures).
     */
    @Test
    void theTimeoutAndACancelStopAStatementNeo4jIsStillPlanning() throws Exception {
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        engine.run("USE VIDEO '" + RealGraph.VIDOR_2 + "'");
        assertStopped(engine, Duration.ofSeconds(1), "EVENTS (x)-[*]->(y), (x)-[*]->(y), (x)-[*]->(y), (x)-[*]->(y), "
                + "(x)-[*]->(y) RETURN count(*)", "statement stopped: it ran longer than the timeout of 1 s (--timeout)");
        // a cancel that lands before the read begins has nothing to stop: cancel until the statement returns
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try {
            canceller.scheduleWithFixedDelay(() -> RealGraph.store().cancelReads(), 300, 300, TimeUnit.MILLISECONDS);
            assertThatThrownBy(() -> engine.run("EVENTS (x)-[*]->(y), (x)-[*]->(y), (x)-[*]->(y), (x)-[*]->(y), "
                    + "(x)-[*]->(y), (x)-[*]->(y) RETURN count(*)"))
                    .isInstanceOf(CotasksException.class).hasMessage("statement cancelled");
        } finally {
            canceller.shutdownNow();
        }
        assertThat(engine.run("VIDEOS LIMIT 1").rows()).hasSize(1);
    }

    private static void assertStopped(QueryEngine engine, Duration timeout, String statement, String message) {
        RealGraph.store().readTimeout(timeout);
        try {
            assertThatThrownBy(() -> engine.run(statement)).isInstanceOf(CotasksException.class).hasMessage(message);
        } finally {
            RealGraph.store().readTimeout(null);
        }
    }
}
