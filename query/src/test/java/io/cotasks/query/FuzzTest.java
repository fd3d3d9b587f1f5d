package io.cotasks.query;

import io.cotasks.query.error.QueryException;
import io.cotasks.query.ast.Statement;
import io.cotasks.query.format.Formatter;
import io.cotasks.query.parser.StatementParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds 10,000 random and mutated statements through the whole engine on the real graph: each one
 * either runs or fails with a {@link QueryException} whose position lies inside the statement; no other
 * exception escapes. Statements that run also survive formatting: the canonical text parses back to the
 * same syntax tree.
 */
@ExtendWith(RealGraph.class)
class FuzzTest {

    private static final int STATEMENTS = 10_000;
    private static final Pattern TOKEN = Pattern.compile(
            "'(?:[^']|'')*'|\\d+\\.\\d+s?|\\d+s?|[A-Za-z_][A-Za-z0-9_/]*|->|\\.\\.|<>|<=|>=|!=|\\S");
    private static final List<String> EXTRA = List.of("(", ")", "[", "]", "-", "->", ",", ";", ":", "|", "#", "*",
            "=", "<", ">=", "..", ".", "'", "''", "'it''s'", "'x'' RETURN 1 //'", "`", "$video", "{", "}", "@",
            "0", "-1", "2147483648", "1.5", "2s", "0s", "9999999999", "x", "e", "y", "a", "b", "s1", "dog", "adult",
            "watch", "person", "put", "spatial", "action", "derived", "begin", "end", "track", "category", "null",
            "match", "DELETE", "MATCH", "\n", "--", "IN", "VIDEO", "FRAMES", "SECONDS", "WHERE", "AND", "RETURN",
            "DISTINCT", "COUNT", "BY", "EARLIEST", "LATEST", "LIMIT", "SAMPLE", "AT", "FRAME", "FIRST", "LAST",
            "BEFORE", "AFTER", "MET", "OVERLAPS", "DURING", "CONTAINS", "EQUALS", "INTERSECTS", "WITHIN", "UNION",
            "EXCEPT", "INTERSECT", "LET", "USE", "EXPLAIN", "PROFILE", "EVENTS", "LOCALIZE", "TRACK", "SPATIAL",
            "TEMPORAL", "ENTITIES", "VIDEOS", "SOURCE", "TRUE", "é", "\u0000");

    @Test
    void everyStatementRunsOrFailsWithAPosition() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(20260724);
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        engine.run("LET s1 = EVENTS e = (x:adult)-[watch]->(y) IN VIDEO '2793806282' RETURN DISTINCT y.category");
        int ran = 0;
        int rejected = 0;
        for (int i = 0; i < STATEMENTS; i++) {
            String statement = i % 10 == 0 ? randomTokens(random) : mutate(seeds.get(random.nextInt(seeds.size())), random);
            long start = System.nanoTime();
            try {
                engine.run(statement);
                ran++;
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (millis > 500) {
                    System.out.println("slow fuzz statement (" + millis + " ms): " + statement);
                }
                roundTrip(statement);
            } catch (QueryException e) {
                rejected++;
                assertPositionInside(statement, e);
            } catch (RuntimeException | AssertionError e) {
                fail("statement " + quote(statement) + " threw " + e, e);
            }
        }
        assertThat(ran).as("statements that ran").isGreaterThan(STATEMENTS / 40);
        assertThat(rejected).as("statements that were rejected").isGreaterThan(STATEMENTS / 4);
    }

    /**
     * The error names a line of the statement and a column on it, or just past its end (where the
     * statement stopped too early), and says so first on a single line.
     */
    private static void assertPositionInside(String statement, QueryException e) {
        String[] lines = statement.split("\n", -1);
        assertThat(e.line()).as("line of %s in %s", e.getMessage(), quote(statement)).isBetween(1, lines.length);
        assertThat(e.column()).as("column of %s in %s", e.getMessage(), quote(statement))
                .isBetween(1, lines[e.line() - 1].length() + 1);
        assertThat(e.getMessage()).as(statement).startsWith("line " + e.line() + ":" + e.column() + ": ")
                .doesNotContain("\n");
    }

    /** The canonical text parses back to the same tree (positions take no part in equality). */
    private static void roundTrip(String statement) {
        Statement parsed = StatementParser.parseStatement(statement);
        assertThat(StatementParser.parseStatement(Formatter.format(parsed))).as(statement).isEqualTo(parsed);
    }

    /** Every golden statement plus the setups' statements. */
    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(GoldenTest.DIR)) {
            for (Path f : files.sorted().toList()) {
                GoldenFile g = GoldenFile.read(f);
                seeds.add(g.section("statement").strip());
                for (String s : g.section("setup").split(";")) {
                    if (!s.isBlank()) {
                        seeds.add(s.strip());
                    }
                }
            }
        }
        return seeds;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String mutate(String seed, Random random) {
        List<String> t = tokens(seed);
        int mutations = random.nextInt(4) == 0 ? 2 : 1;
        for (int k = 0; k < mutations && !t.isEmpty(); k++) {
            int at = random.nextInt(t.size());
            switch (random.nextInt(6)) {
                case 0 -> t.remove(at);
                case 1 -> t.add(at, t.get(random.nextInt(t.size())));
                case 2 -> t.set(at, EXTRA.get(random.nextInt(EXTRA.size())));
                case 3 -> t.add(at, EXTRA.get(random.nextInt(EXTRA.size())));
                case 4 -> t = new ArrayList<>(t.subList(0, at));
                default -> {
                    int other = random.nextInt(t.size());
                    String swap = t.get(at);
                    t.set(at, t.get(other));
                    t.set(other, swap);
                }
            }
        }
        return String.join(random.nextInt(20) == 0 ? "" : " ", t);
    }

    private static String randomTokens(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(15);
        for (int i = 0; i < n; i++) {
            sb.append(EXTRA.get(random.nextInt(EXTRA.size()))).append(' ');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }
}
