package io.cotasks.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Golden files under {@code src/test/resources/golden}: a statement (after an optional setup script), the
 * Cypher it compiles to (whitespace-normalized), its parameters, and its rows on the real shared data.
 * Each file is one dynamic test. Run with {@code -Dgolden.update=true} to rewrite the expected sections: every
 * rewritten file then fails, so that an update never passes unseen (review the diff: the files are the
 * specification).
 */
@ExtendWith(RealGraph.class)
class GoldenTest {

    static final Path DIR = Path.of(System.getProperty("cotasks.root", "..")).resolve("query/src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".golden")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> check(f)));
    }

    /** A golden file whose expected Cypher no longer matches fails, and names the section. */
    @Test
    void failsOnAGoldenFileThatNoLongerMatches(@TempDir Path dir) throws IOException {
        GoldenFile golden = GoldenFile.read(DIR.resolve("01_videos_all.golden"));
        golden.put("cypher", golden.section("cypher").replace("ORDER BY", "ORDER  BY v.fps,"));
        Path changed = dir.resolve("changed.golden");
        golden.write(changed);
        assertThatThrownBy(() -> check(changed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[cypher]");
    }

    private static void check(Path file) throws IOException {
        GoldenFile golden = GoldenFile.read(file);
        for (String section : List.of("statement", "cypher", "parameters", "rows")) {
            assertThat(golden.has(section)).as(file.getFileName() + " has a ### " + section + " section").isTrue();
        }
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        if (!golden.section("setup").isBlank()) {
            engine.runScript(golden.section("setup"));
        }
        StatementResult result = engine.run(golden.section("statement").strip());
        String cypher = normalize(result.cypher());
        String parameters = JSON.writeValueAsString(result.parameters());
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> row : result.rows()) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            result.columns().forEach(c -> ordered.put(c, row.get(c)));
            rows.add(JSON.writeValueAsString(ordered));
        }
        if (Boolean.getBoolean("golden.update")) {
            golden.put("cypher", cypher);
            golden.put("parameters", parameters);
            golden.put("rows", String.join("\n", rows));
            golden.write(file);
            throw new AssertionError(file.getFileName() + " rewritten: review the diff, then run without golden.update");
        }
        assertThat(cypher).as("cypher").isEqualTo(normalize(golden.section("cypher")));
        assertThat(JSON.readTree(parameters)).as("parameters").isEqualTo(JSON.readTree(golden.section("parameters")));
        List<JsonNode> expected = new ArrayList<>();
        for (String line : golden.section("rows").lines().filter(l -> !l.isBlank()).toList()) {
            expected.add(JSON.readTree(line));
        }
        List<JsonNode> actual = new ArrayList<>();
        for (String line : rows) {
            actual.add(JSON.readTree(line));
        }
        assertThat(actual).as("rows").containsExactlyElementsOf(expected);
    }

    static String normalize(String cypher) {
        return cypher.strip().replaceAll("\\s+", " ");
    }
}
