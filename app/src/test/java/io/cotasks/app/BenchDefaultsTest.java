package io.cotasks.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Benchmarks that need the full datasets (which the project does not ship) say so in one line when not told
 * where they are, instead of defaulting to a folder a user does not have; the others default to shipped files
 * ({@code bench perception}: PerceptionCommandsTest).
 */
class BenchDefaultsTest {

    @Test
    void benchmarksOfTheFullDatasetsRequireTheirFolder() {
        assumeThat(System.getenv("COTASKS_DATA")).as("COTASKS_DATA is unset").isNull();
        for (String bench : new String[] {"ingest", "query"}) {
            CliRun run = CliRun.of("bench", bench);
            assertThat(run.exit()).as(bench).isEqualTo(2);
            assertThat(run.err()).as(bench).isEqualTo("error: this benchmark reads the full datasets: give their folder "
                    + "with --data DIR or set COTASKS_DATA\n");
        }
        CliRun cot = CliRun.of("bench", "cot");
        assertThat(cot.exit()).isEqualTo(2);
        assertThat(cot.err()).startsWith("Missing required option: '--questions=CSV'");
    }
}
