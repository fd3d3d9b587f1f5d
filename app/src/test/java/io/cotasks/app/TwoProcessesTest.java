package io.cotasks.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes on one fresh store, made deterministic: another JVM creates the database and holds it
 * ({@link HoldStore}); {@code cotasks ingest} into the same folder, started only then, stops with the
 * documented one-line message and writes nothing. Once the holder has closed, the same ingest succeeds on the
 * store the holder created, which is therefore intact.
 */
class TwoProcessesTest {

    @Test
    void theSecondProcessGetsOneLineAndNeitherCorruptsTheStore(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        // two small VidSTG records: the ingest is not what is tested
        String sample = StoreFolderTest.SAMPLES.resolve("nextqa_vidstg/vidstg_test_2videos.json").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).as("the holder created the store").isEqualTo("holding 0");

            CliRun second = CliRun.of("ingest", "--no-progress", "--db", db.toString(), "--source", "vidstg", sample);
            assertThat(second.err()).isEqualTo("error: the database in " + db + " is in use by another process "
                    + "(another cotasks command, or two opening a new database at once): wait for it to finish and "
                    + "try again; for a running `cotasks serve`, use --uri with its Bolt address instead of --db\n");
            assertThat(second.exit()).isEqualTo(1);
            assertThat(second.out()).isEmpty();

            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).as("the holder closes the store and exits").isTrue();
            assertThat(holder.exitValue()).isZero();
        } finally {
            holder.destroyForcibly();
        }
        CliRun again = CliRun.of("ingest", "--no-progress", "--db", db.toString(), "--source", "vidstg", sample);
        assertThat(again.err()).as("the holder's store is reused, not created again").isEmpty();
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("videos 2 (skipped 0 unchanged),").contains(", failures 0,")
                .contains("; the graph holds videos 2,");
    }
}
