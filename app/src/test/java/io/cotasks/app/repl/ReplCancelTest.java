package io.cotasks.app.repl;

import io.cotasks.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C in the shell on a real terminal: {@code cotasks query} runs in a separate JVM under a pseudo-terminal
 * made by {@code script(1)}, so ^C reaches it as SIGINT, as when a user presses it. A statement that would run
 * for minutes is cancelled, and the shell keeps its {@code USE} and {@code LET} state.
 */
class ReplCancelTest {

    /**
     * Five events of the same subject, any predicate, any objects: on this video (79 events on 3 entities)
     * hundreds of millions of combinations, minutes on any machine (it stopped at a 15 s --timeout), while its
     * plan is quick. Seven 'near' events between the same two entities finish in about a second (10 of
     * them); five or more any-predicate events between the same two entities take seconds to plan, and a cancel
     * stops them in the planner too (StatementLimitsTest, docs/dsl.md).
     */
    private static final String SLOW = "EVENTS (x)-[*]->(a), (x)-[*]->(b), (x)-[*]->(c), (x)-[*]->(d), "
            + "(x)-[*]->(e) RETURN count(*);";

    @Test
    void ctrlCCancelsTheRunningStatementAndKeepsTheSession(@TempDir Path dir) throws Exception {
        // the real annotation file through ingest: its derived spatial events ('near') make the slow statement slow
        Path sample = Path.of(System.getProperty("cotasks.samples", "../samples"), "vidor/annotations/11566930393.json");
        assertThat(Main.run("ingest", "--no-progress", "--db", dir.resolve("db").toString(), "--source", "vidor",
                sample.toString())).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // script(1) reading a pipe gives the terminal no size; a line editor needs one, as on a real terminal.
        // 'exec': script runs the command with $SHELL -c; dash (CI's /bin/sh) would stay as the JVM's parent, die
        // of the ^C that the JVM handles, and script would then report 130 as the shell's exit status.
        // 'env --default-signal=INT': a build started in the background of a shell without job control inherits
        // SIGINT ignored, and a JVM that starts with SIGINT ignored cannot handle it (JVM_RegisterSignal), so ^C
        // would never reach the shell; a user's terminal never starts it ignored
        String command = String.join(" ", "stty cols 250 rows 50; exec env --default-signal=INT", quote(java), "-Xmx512m", "-cp", quote(System.getProperty("java.class.path")),
                Main.class.getName(), "query", "--timeout", "10m", "--db", quote(dir.resolve("db").toString()));
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true);
        builder.environment().put("TERM", "xterm");
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("SHELL", "/bin/sh");
        Process script = builder.start();
        Screen screen = new Screen(script.getInputStream());
        OutputStream keys = script.getOutputStream();
        try {
            screen.await("cotasks> ", 0);
            type(keys, "USE VIDEO '11566930393';\r");
            int prompt = screen.await("cotasks:11566930393> ", 0);
            type(keys, "LET v = VIDEOS;\r");
            prompt = screen.await("cotasks:11566930393> ", prompt + 1);
            // The first ^C may land before the read has begun; a statement that finishes anyway is typed again,
            // up to three times: the test asserts that ^C cancels a running statement and the session survives.
            int running = -1;
            for (int attempt = 0; attempt < 3 && running < 0; attempt++) {
                type(keys, SLOW + "\r");
                // the line editor leaves its modes (bracketed paste off) once it has accepted the line (the echo
                // of the line is interleaved with the highlighter's cursor moves, so it is not matched as text)
                int started = screen.await("\u001b[?2004l", prompt);
                if (interrupt(keys, screen, started)) {
                    running = started;
                } else {
                    prompt = screen.await("cotasks:11566930393> ", started);
                }
            }
            assertThat(running).as("one of three runs of the statement was cancelled by ^C").isGreaterThanOrEqualTo(0);
            int cancelled = screen.await("error: statement cancelled", running);
            screen.await("cotasks:11566930393> ", cancelled);
            type(keys, "v;\r");
            screen.await("(1 row)", cancelled);
            type(keys, ":quit\r");
            assertThat(script.waitFor(60, TimeUnit.SECONDS)).as("the shell quits").isTrue();
            assertThat(script.exitValue()).isZero();
        } finally {
            script.destroyForcibly();
        }
    }

    /**
     * Sends ^C every 10 s (on a loaded machine the cancel takes seconds; an extra ^C would reach the next prompt
     * and clear what is typed next) until the statement reports its cancellation (true) or prints its result
     * (false), at most 180 s.
     */
    private static boolean interrupt(OutputStream keys, Screen screen, int from) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        Thread.sleep(1000);
        while (System.nanoTime() < deadline) {
            type(keys, "\u0003");
            long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < wait) {
                String after = screen.text().substring(from);
                if (after.contains("statement cancelled")) {
                    return true;
                }
                if (after.contains("(1 row)")) {
                    return false;
                }
                Thread.sleep(100);
            }
        }
        return false;
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** What the terminal showed so far, read by a background thread. */
    private static final class Screen {
        private final StringBuffer text = new StringBuffer();

        Screen(InputStream in) {
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException ended) {
                    // the process is gone
                }
            }, "screen");
            reader.setDaemon(true);
            reader.start();
        }

        String text() {
            return text.toString();
        }

        /** Waits until {@code expected} appears at or after {@code from}; returns where it ends. */
        int await(String expected, int from) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                int at = text.indexOf(expected, from);
                if (at >= 0) {
                    return at + expected.length();
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the terminal never showed '" + expected + "'; it showed:\n" + text);
        }
    }
}
