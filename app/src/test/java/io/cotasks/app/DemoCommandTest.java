package io.cotasks.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.cotasks.app.IngestCommandTest.SAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cotasks demo}, the README's first command: the bundled samples in, the four CoT steps out. */
class DemoCommandTest {

    @Test
    void ingestsTheSamplesAndExplainsANextQaAndAStarQuestion(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        CliRun run = CliRun.of("demo", "--db", db, "--samples", SAMPLES.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("ingest vidor: videos 2 (skipped 0 unchanged), entities 9, boxes 7370,"));
        assertThat(lines).anyMatch(l -> l.startsWith("ingest nextqa: videos 0 (skipped 0 unchanged), entities 0, boxes 0,"
                + " events 0, temporal relations 0, questions 18, failures 0"));
        assertThat(lines).anyMatch(l -> l.startsWith("ingest star: videos 4 (skipped 0 unchanged), entities 26, boxes 1000,"));
        assertThat(lines).contains(
                "== nextqa-mc video 2793806282 question 9 (TN)",
                "what did the black dog do after the man threw the blue toy",
                "== star video LEG82 question Sequence_T6_10539 (Sequence)",
                "What did the person do to the sandwich before sitting at the table?",
                "graph supports: Put down.",
                "annotated:      (C) Put down.");
        for (String step : List.of("[1 Frame localization]", "[2 Entity tracking]", "[3 Spatial relations]",
                "[4 Temporal relations]")) {
            assertThat(lines.stream().filter(l -> l.startsWith(step)).count()).as(step).isEqualTo(4); // 2 questions x (step + prompt)
        }
        assertThat(run.out()).contains("    ctq> LOCALIZE (x#1)-[in_front_of]->(y#0) IN VIDEO '2793806282'");

        CliRun again = CliRun.of("demo", "--db", db, "--samples", SAMPLES.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("ingest vidor: videos 0 (skipped 2 unchanged)");
        assertThat(statsLines(again.out())).isEqualTo(statsLines(run.out()));
    }

    @Test
    void unknownQuestionIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("demo", "--db", dir.resolve("db").toString(), "--samples", SAMPLES.toString(),
                "--star", "Nope_1");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: " + SAMPLES.resolve("star/homepage/sel_examples.json")
                + ": no question Nope_1");
    }

    private static List<String> statsLines(String out) {
        return out.lines().filter(l -> l.startsWith("nodes: ") || l.startsWith("relationships: ")).toList();
    }
}
