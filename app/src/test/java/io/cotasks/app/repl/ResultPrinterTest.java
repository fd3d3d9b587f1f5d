package io.cotasks.app.repl;

import io.cotasks.query.StatementResult;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result's notes reach the user: after the table, or on the notes stream for JSON and CSV so standard output
 * stays parseable. The note here is the one TEMPORAL gives at its cap (StatementLimitsTest checks that the real
 * graph produces it).
 */
class ResultPrinterTest {

    static final String CAP = "TEMPORAL stopped at its cap of 10,000 event pairs; more pairs exist "
            + "(narrow the patterns or the time window)";
    static final StatementResult CAPPED = new StatementResult("TEMPORAL a = (x)-[*]->(y)", List.of("a", "relation"),
            List.of(Map.of("a", 1L, "relation", "before")), "MATCH ...", Map.of(), List.of(CAP));

    @Test
    void aTableEndsWithItsNotes() {
        StringWriter out = new StringWriter();
        StringWriter notes = new StringWriter();
        new ResultPrinter(ResultPrinter.Format.TABLE, new PrintWriter(out), new PrintWriter(notes)).print(CAPPED);
        assertThat(out.toString().lines().toList()).endsWith("(1 row)", "note: " + CAP);
        assertThat(notes.toString()).isEmpty();
    }

    @Test
    void jsonKeepsItsNotesOffStandardOutput() {
        StringWriter out = new StringWriter();
        StringWriter notes = new StringWriter();
        new ResultPrinter(ResultPrinter.Format.JSON, new PrintWriter(out), new PrintWriter(notes)).print(CAPPED);
        assertThat(out.toString()).doesNotContain("note:").contains("before");
        assertThat(notes.toString()).isEqualTo("note: " + CAP + System.lineSeparator());
    }
}
