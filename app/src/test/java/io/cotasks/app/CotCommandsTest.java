package io.cotasks.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cot}, {@code eval star} and {@code eval grounding} end to end on the real sample annotations. */
class CotCommandsTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples"));
    static final String STAR = SAMPLES.resolve("star/homepage/sel_examples.json").toString();
    static final String MC = SAMPLES.resolve("golden_nextqa_vidor/nextqa_mc_val_2videos.csv").toString();

    @TempDir
    static Path dir;
    static String db;
    @BeforeAll
    static void ingest() {
        db = dir.resolve("db").toString();
        assertThat(CliRun.of("ingest", "--source", "star", "--db", db, STAR).exit()).isZero();
        assertThat(CliRun.of("ingest", "--source", "vidor", "--db", db, SAMPLES.resolve("vidor/annotations").toString()).exit()).isZero();
    }

    @Test
    void evalStarPrintsEveryTypeAndTheAccuracyLast() {
        CliRun run = CliRun.of("eval", "star", "--db", db, "--questions", STAR);
        assertThat(run.exit()).isZero();
        List<String> lines = run.lines();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("accuracy: 0.919 (91/99)");
        assertThat(lines).contains("Interaction  0.980 (49/50)", "Sequence     1.000 (23/23)",
                "Prediction   1.000 (10/10)", "Feasibility  0.563 (9/16)");
        assertThat(lines.stream().filter(l -> l.startsWith("MISS "))).hasSize(8);
        assertThat(lines).contains("  why: choices 0 'Put down the cup/glass/bottle.' and 2 'Put down the cup/glass/bottle.' "
                + "have the same text and check program, and the result [[put, cup/glass/bottle], [put, cup/glass/bottle]] "
                + "satisfies both; the annotation marks 0 'Put down the cup/glass/bottle.': no graph can tell them apart");
    }

    @Test
    void cotExportsLlavaWithTaskSamplesAndQwenLines() throws Exception {
        Path llava = dir.resolve("star_llava.json");
        CliRun run = CliRun.of("cot", "--db", db, "--questions", STAR, "--format", "llava", "--tasks", "--out", llava.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(llava.toFile());
        assertThat(array.size()).as("per question one CoT record and four CoTask samples").isEqualTo(99 * 5);
        assertThat(array.get(0).get("id").asText()).isEqualTo("star_LEG82_Interaction_T1_6511");
        assertThat(run.out()).startsWith("questions 99, grounded 99, " + array.size() + " records in " + llava);

        Path qwen = dir.resolve("nextqa.jsonl");
        Path gqa = dir.resolve("nextqa.gqa.json");
        run = CliRun.of("cot", "--db", db, "--questions", MC, "--format", "qwen", "--out", qwen.toString(), "--gqa", gqa.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(qwen);
        assertThat(lines).hasSize(18);
        assertThat(gqa).exists();
        assertThat(run.out()).startsWith("questions 18, with a graph 18, predictions " + gqa);
        // the output file gets the umask's permissions, as the predictions file written plainly does (not 0600)
        assertThat(Files.getPosixFilePermissions(qwen)).isEqualTo(Files.getPosixFilePermissions(gqa));

        Path alone = dir.resolve("alone.jsonl");
        run = CliRun.of("cot", "--db", db, "--questions", MC, "--format", "qwen", "--out", alone.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Path.of(alone + ".gqa.json")).as("written only when asked for").doesNotExist();
    }

    @Test
    void badInvocationsGiveOneLineAndAUsageExit() {
        Map<List<String>, String> cases = Map.of(
                List.of("cot", "--questions", STAR, "--format", "html", "--out", "x"), "error: --format must be text, llava or qwen, got 'html'",
                List.of("cot", "--questions", "missing.csv"), "error: no such file: missing.csv",
                List.of("cot", "--questions", STAR, "--format", "llava"), "error: --out is required for --format llava",
                List.of("cot", "--questions", STAR, "--max-tokens", "5"), "error: --max-tokens must be at least 16, got 5",
                List.of("cot", "--questions", STAR, "--dataset", "vqa"), "error: --dataset must be nextqa or star, got 'vqa'",
                List.of("eval", "star", "--questions", "nope.json"), "error: no such file: nope.json",
                List.of("eval", "grounding", "--questions", MC, "--spans", "nope.json"), "error: no such file: nope.json");
        cases.forEach((args, message) -> {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).isEqualTo(message);
        });
    }
}
