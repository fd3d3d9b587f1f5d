package io.cotasks.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistyped {@code --db}: the commands that read refuse a folder that holds no cotasks database in one line,
 * without creating it; {@code ingest} checks its inputs before it opens (or creates) anything.
 */
class StoreFolderTest {

    static final Path SAMPLES = IngestCommandTest.SAMPLES;

    @Test
    void readCommandsRefuseAFolderWithoutADatabase(@TempDir Path dir) throws Exception {
        Path typo = dir.resolve("cotasks-dbb");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String star = SAMPLES.resolve("star/homepage/sel_examples.json").toString();
        String gqa = SAMPLES.resolve("nextqa_vidstg/nextgqa_val_2videos.csv").toString();
        String spans = SAMPLES.resolve("nextqa_vidstg/nextgqa_gsub_val_2videos.json").toString();
        String png = dir.resolve("x.png").toString();
        for (Path folder : List.of(typo, empty)) {
            String db = folder.toString();
            String expected = "error: no cotasks database in " + db + (Files.exists(folder) ? "" : " (no such folder)")
                    + "; create one with: cotasks ingest --db " + db + " ...\n";
            List<List<String>> commands = List.of(
                    List.of("query", "--db", db, "VIDEOS;"),
                    List.of("cot", "--db", db, "--questions", star),
                    List.of("eval", "star", "--db", db, "--questions", star),
                    List.of("eval", "grounding", "--db", db, "--questions", gqa, "--spans", spans),
                    List.of("stats", "--db", db),
                    List.of("serve", "--db", db),
                    List.of("render", "--db", db, "--video", "LEG82", "--timeline", "--out", png));
            for (List<String> command : commands) {
                CliRun run = CliRun.of(command.toArray(String[]::new));
                assertThat(run.err()).as(String.join(" ", command)).isEqualTo(expected);
                assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(2);
                assertThat(run.out()).isEmpty();
            }
        }
        assertThat(typo).doesNotExist();
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void ingestReportsAMissingInputBeforeItCreatesTheDatabase(@TempDir Path dir) {
        Path db = dir.resolve("new-db");
        Path missing = dir.resolve("sub/missing.json");
        CliRun run = CliRun.of("ingest", "--db", db.toString(), "--source", "star", missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + missing + ": no such file or folder\n");
        assertThat(db).doesNotExist();
    }
}
