package io.cotasks.query;

import io.cotasks.store.CotasksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

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
        RealGraph.store().readTimeout(Duration.ofMillis(500));
        try {
            // seven identical bindings: billions of combinations, minutes without a limit
            assertThatThrownBy(() -> engine.run("EVENTS (x)-[near]->(y), (x)-[near]->(y), (x)-[near]->(y), "
                    + "(x)-[near]->(y), (x)-[near]->(y), (x)-[near]->(y), (x)-[near]->(y) RETURN count(*)"))
                    .isInstanceOf(CotasksException.class)
                    .hasMessage("statement stopped: it ran longer than the timeout of 500 ms (--timeout)");
        } finally {
            RealGraph.store().readTimeout(null);
        }
        assertThat(engine.currentVideo()).isEqualTo(RealGraph.VIDOR_2);
        assertThat(engine.run("VIDEOS LIMIT 1").rows()).hasSize(1);
    }
}
