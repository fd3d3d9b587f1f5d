package io.cotasks.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standard output on a real terminal: the command runs in a separate JVM under a pseudo-terminal made by
 * {@code script(1)}, so the progress bar is drawn as a user sees it. Output printed after the bar closes
 * used to be lost there (the bar's terminal closed descriptor 1), while every pipe-based test passed.
 */
class TerminalOutputTest {

    @Test
    void theIngestSummaryFollowsTheProgressBarOnATerminal(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(IngestCommandTest.SAMPLES.resolve("vidor/annotations/11566930393.json"), input.resolve("v.json"));
        String command = String.join(" ", List.of(
                quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()), "-Xmx512m",
                "-cp", quote(System.getProperty("java.class.path")), Main.class.getName(),
                "ingest", "--db", quote(dir.resolve("db").toString()), "--source", "vidor", quote(input.toString()),
                "; echo after-exit"));
        Process script = new ProcessBuilder("script", "-qec", command, "/dev/null")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        script.getOutputStream().close();
        String terminal = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(terminal).as("the bar was drawn, so this ran on a terminal").contains("ingest 100%");
        assertThat(terminal).contains("videos 1 (skipped 0 unchanged), entities 3, boxes 2249,");
        assertThat(terminal.indexOf("videos 1 (skipped")).isGreaterThan(terminal.lastIndexOf("ingest 100%"));
        assertThat(terminal).contains("after-exit");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
