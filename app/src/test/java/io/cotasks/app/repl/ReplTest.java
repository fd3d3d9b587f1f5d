package io.cotasks.app.repl;

import io.cotasks.query.QueryEngine;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell on a dumb terminal fed real keystrokes, on the real VidOR graph of video 11566930393. */
class ReplTest {

    @TempDir
    static Path dir;
    static SceneGraphStore store;

    @BeforeAll
    static void open() {
        store = TestStores.embeddedWithVidor(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void runsMultiLineStatementsCommandsAndKeepsHistory() throws IOException {
        String input = String.join("\n",
                "USE VIDEO '11566930393';",
                "LOCALIZE (x:child)-[watch]->(y:toy)",
                "   LIMIT 1;",
                "ENTITIES (x:chlid);",
                ":schema",
                ":help",
                ":quit", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path history = dir.resolve("history");
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            Repl.run(terminal, store, ResultPrinter.Format.TABLE, history);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("video       | beginFrame | endFrame | beginSec | endSec | events");
        assertThat(text).contains("11566930393 | 0          | 188      | 0.0      | 6.306  | 1");
        assertThat(text).contains("error: line 1:13: unknown category 'chlid', did you mean 'child'?\n"
                + "  ENTITIES (x:chlid);\n" + "              ^");
        assertThat(text).contains("Categories (2): child, toy");
        assertThat(text).contains("Commands: :help  :schema  :quit");
        assertThat(Files.readString(history)).contains("USE VIDEO '11566930393';").contains(":schema");
    }

    @Test
    void pipedInputGoesOnAfterABadStatementAndStopsAtQuit() throws IOException {
        String input = String.join("\n",
                "USE VIDEO '11566930393';",
                "VIDEOS WHERE id = 'a\\' OR 1=1';",
                "VIDEOS LIMIT 1;",
                ":quit",
                "VIDEOS;", "");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        java.util.Optional<io.cotasks.store.ErrorKind> failure = Repl.runPiped(new java.io.BufferedReader(new java.io.StringReader(input)), store,
                ResultPrinter.Format.TABLE, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertThat(failure).contains(io.cotasks.store.ErrorKind.QUERY);
        assertThat(err.toString()).startsWith("error: line 1:").contains("VIDEOS WHERE id = 'a\\' OR 1=1';");
        assertThat(out.toString()).contains("frameCount").doesNotContain("(2 rows)");
    }

    @Test
    void completesKeywordsCategoriesPredicatesAndSteps() {
        QueryEngine engine = QueryEngine.on(store);
        engine.run("LET watched = EVENTS e = (x:child)-[watch]->(y) RETURN DISTINCT y.track");
        List<Candidate> candidates = new ArrayList<>();
        new Completion(engine).complete(null, new DefaultParser().parse("EVENTS (x:ch", 12), candidates);
        assertThat(candidates).extracting(Candidate::value)
                .contains("EVENTS", "LOCALIZE", "child", "toy", "watch", "hold", "watched");
    }

    @Test
    void statementsContinueUntilASemicolon() {
        assertThat(StatementParser.complete("EVENTS (x)-[watch]->(y)")).isFalse();
        assertThat(StatementParser.complete("EVENTS (x)-[watch]->(y);")).isTrue();
        assertThat(StatementParser.complete("EVENTS (x)-[watch]->(y); -- done")).isTrue();
        assertThat(StatementParser.complete("VIDEOS WHERE id = 'a")).isFalse();
        // the grammar has no escapes: 'a\' is a whole string, and the open quote after it is reported, not read on
        assertThat(StatementParser.complete("VIDEOS WHERE id = 'a\\' OR 1=1';")).isTrue();
        assertThat(StatementParser.complete("VIDEOS WHERE id = 'it''s;'")).isFalse();
        assertThat(StatementParser.complete(":schema")).isTrue();
    }
}
