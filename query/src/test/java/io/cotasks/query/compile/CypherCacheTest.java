package io.cotasks.query.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.RealGraph;
import io.cotasks.query.StatementResult;
import io.cotasks.query.ast.Query;
import io.cotasks.query.parser.StatementParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher text cache: statements that differ only in values share their Cypher text and shape, statements
 * that differ in shape do not, and statements whose text came from the cache return the rows the annotation
 * file holds. (The test suites run with {@code -Dcotasks.cypherCache.verify=true}: every text taken from the
 * cache anywhere in the tests is rendered again and compared.)
 */
@ExtendWith(RealGraph.class)
class CypherCacheTest {

    private static final String V1 = "IN VIDEO '" + RealGraph.VIDOR + "'";
    private static final String V2 = "IN VIDEO '" + RealGraph.VIDOR_2 + "'";

    @Test
    void statementsDifferingOnlyInValuesShareTheirCypher() {
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        List<List<String>> pairs = List.of(
                List.of("LOCALIZE (x:adult)-[watch]->(y:dog) " + V1 + " FRAMES 0..100",
                        "LOCALIZE (x:child)-[hold]->(y:toy) " + V2 + " FRAMES 30..900"),
                List.of("TRACK (x#1) " + V1 + " FRAMES 29..119 SAMPLE 4", "TRACK (x#0) " + V2 + " FRAMES 0..10 SAMPLE 9"),
                List.of("SPATIAL (a:adult), (b:dog) " + V1 + " SECONDS 1.5..9", "SPATIAL (a:toy), (b:child) " + V2
                        + " SECONDS 0..2"),
                List.of("TEMPORAL a = (x:adult)-[watch]->(y:dog), b = (y)-[*]->(z) " + V1,
                        "TEMPORAL a = (x:child)-[hold]->(y:toy), b = (y)-[*]->(z) " + V2),
                List.of("EVENTS e = (x:adult|child)-[watch|hold]->(y) " + V1 + " WHERE e.begin >= 10 LIMIT 3",
                        "EVENTS e = (x:dog|toy)-[in_front_of|next_to]->(y) " + V2 + " WHERE e.begin >= 200 LIMIT 7"));
        for (List<String> pair : pairs) {
            CompiledQuery a = engine.compile(pair.get(0));
            CompiledQuery b = engine.compile(pair.get(1));
            assertThat(shape(pair.get(0))).as(pair.get(0)).isEqualTo(shape(pair.get(1)));
            assertThat(b.cypher()).as(pair.get(1)).isEqualTo(a.cypher());
            assertThat(b.parameters().keySet()).containsExactlyElementsOf(a.parameters().keySet());
            assertThat(b.parameters()).isNotEqualTo(a.parameters());
        }
    }

    @Test
    void statementsDifferingInShapeDoNot() {
        String base = "LOCALIZE (x:adult)-[watch]->(y:dog) " + V1;
        List<String> statements = List.of(base,
                "LOCALIZE (x:adult|child)-[watch]->(y:dog) " + V1,         // one category -> several
                "LOCALIZE (x)-[watch]->(y:dog) " + V1,                      // none
                "LOCALIZE (x:adult)-[watch|pull]->(y:dog) " + V1,           // several predicates
                "LOCALIZE (x:adult)-[*]->(y:dog) " + V1,                    // any predicate
                "LOCALIZE (x:adult)-[*:attention]->(y:dog) " + V1,          // a kind
                "LOCALIZE (x:adult)-[watch]->(y) " + V1,                    // object without category
                "LOCALIZE (x:adult)-[watch] " + V1,                         // no object
                "LOCALIZE (z:adult)-[watch]->(y:dog) " + V1,                // another variable name
                "LOCALIZE (x#0)-[watch]->(y:dog) " + V1,                    // a track
                "LOCALIZE (x:adult)-[watch]->(y:dog) " + V1 + " FRAMES 0..100",
                "LOCALIZE (x:adult)-[watch]->(y:dog) " + V1 + " SECONDS 0..10",
                "LOCALIZE (x:adult)-[watch]->(y:dog) " + V1 + " LAST 5s",
                "LOCALIZE (x:adult)-[watch]->(y:dog) " + V1 + " SOURCE annotation",
                "LOCALIZE (x:adult)-[watch]->(y:dog) " + V1 + " WHERE x.track = 0",
                "LOCALIZE (x:adult)-[watch]->(y:dog) " + V1 + " WHERE x.track > 0",
                "LOCALIZE a = (x:adult)-[watch]->(y:dog), b = (y)-[*]->(x) " + V1 + " WHERE a BEFORE b",
                "LOCALIZE a = (x:adult)-[watch]->(y:dog), b = (y)-[*]->(x) " + V1 + " WHERE a AFTER b",
                "LOCALIZE a = (x:adult)-[watch]->(y:dog), b = (y)-[*]->(x) " + V1 + " WHERE a WITHIN 2s AFTER b",
                "LOCALIZE a = (x:adult)-[watch]->(y:dog), b = (y)-[*]->(x) " + V1 + " WHERE a WITHIN 30 FRAMES AFTER b",
                "LOCALIZE a = (x:adult)-[watch]->(y:dog), b = (y)-[*]->(x) " + V1 + " WHERE a WITHIN 2s BEFORE b",
                "EVENTS e = (x:adult)-[watch]->(y:dog) " + V1,
                "EVENTS e = (x:adult)-[watch]->(y:dog) " + V1 + " RETURN e.begin",
                "EVENTS e = (x:adult)-[watch]->(y:dog) " + V1 + " RETURN DISTINCT e.begin",
                "EVENTS e = (x:adult)-[watch]->(y:dog) " + V1 + " RETURN EARLIEST e",
                "EVENTS e = (x:adult)-[watch]->(y:dog) " + V1 + " RETURN LATEST e",
                "EVENTS e = (x:adult)-[watch]->(y:dog) " + V1 + " RETURN COUNT(*) BY x.track",
                "EVENTS e = (x:adult)-[watch]->(y:dog) " + V1 + " LIMIT 2");
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        Set<String> shapes = new HashSet<>();
        Set<String> cyphers = new HashSet<>();
        for (String s : statements) {
            assertThat(shapes.add(shape(s))).as("a new shape: " + s).isTrue();
            assertThat(cyphers.add(engine.compile(s).cypher())).as("new Cypher: " + s).isTrue();
        }
        QueryEngine inVideo = QueryEngine.on(RealGraph.store());
        inVideo.run("USE VIDEO '" + RealGraph.VIDOR + "'");
        String noScope = "LOCALIZE (x:adult)-[watch]->(y:dog)";
        assertThat(inVideo.compile(noScope).cypher()).isNotEqualTo(engine.compile(noScope).cypher());
        assertThat(StatementShape.of(query(noScope), true)).isNotEqualTo(StatementShape.of(query(noScope), false));
    }

    @Test
    void parametersReadFromTheSyntaxTreeAreTheCompilersOwn() {
        List<String> covered = new ArrayList<>(List.of(
                "ENTITIES " + V1, "ENTITIES (p:adult) " + V1 + " LIMIT 2",
                "ENTITIES (p:adult|child) " + V1 + " FRAMES 0..100 SOURCE annotation",
                "ENTITIES (x#1) " + V1 + " SECONDS 1.5..4 SOURCE annotation|derived LIMIT 5",
                "TRACK (x#1) " + V1 + " FRAMES 29..119 SAMPLE 4", "TRACK (d:dog#0) " + V1 + " AT FRAME 30",
                "TRACK (x:adult|child) " + V1 + " SECONDS 1..2", "TRACK (x#1) " + V1 + " FIRST 5s",
                "TRACK (x#1) " + V1 + " LAST 10s", "TRACK (x#1) " + V1 + " AT 3.5s SOURCE derived",
                "SPATIAL (#2), (#1) " + V1 + " FRAMES 0..296", "SPATIAL (a:adult), (b:dog|toy) " + V1 + " SECONDS 1.5..9",
                "SPATIAL (), (#1) " + V1 + " LAST 10s SOURCE annotation|derived", "SPATIAL (a:adult) " + V1 + " AT FRAME 9",
                "LOCALIZE (x#2)-[watch]->(y#1) " + V1, "LOCALIZE ()-[*]->() " + V1 + " FRAMES 0..100",
                "LOCALIZE (x:adult|child)-[watch|pull]->(y:dog) " + V1 + " SECONDS 0..10 SOURCE annotation LIMIT 1",
                "LOCALIZE (x:adult)-[*:attention]->(y:dog) " + V1 + " FIRST 5s",
                "LOCALIZE (x:adult)-[watch] " + V1 + " AT 3.5s",
                "TEMPORAL a = (x#2)-[behind]->(y#1), b = (x)-[*]->() " + V1 + " FRAMES 0..296 SOURCE annotation",
                "TEMPORAL e = (x)-[*]->() " + V1 + " SOURCE annotation",
                "TEMPORAL a = (x:adult)-[watch]->(y:dog), b = (y)-[*]->(z) " + V1 + " LAST 10s",
                "TEMPORAL (x:child)-[hold]->(y:toy), (y)-[*:spatial]->(z#0) " + V1 + " AT FRAME 40"));
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        for (String s : covered) {
            CompiledQuery compiled = engine.compile(s);
            CompiledQuery read = ParameterWalk.reuse(query(s), null, shape(s), CypherTexts.SHARED);
            assertThat(read).as(s).isEqualTo(compiled);
            assertThat(read.parameters().keySet()).as(s).containsExactlyElementsOf(compiled.parameters().keySet());
        }
        QueryEngine inVideo = QueryEngine.on(RealGraph.store());
        inVideo.run("USE VIDEO '" + RealGraph.VIDOR + "'");
        String noScope = "TRACK (x#1) FRAMES 29..119 SAMPLE 4";
        CompiledQuery compiled = inVideo.compile(noScope);
        assertThat(ParameterWalk.reuse(query(noScope), RealGraph.VIDOR, StatementShape.of(query(noScope), true),
                CypherTexts.SHARED)).isEqualTo(compiled);
        String where = "LOCALIZE a = (x:adult)-[watch]->(y:dog), b = (y)-[*]->(x) " + V1 + " WHERE a BEFORE b";
        engine.compile(where);
        assertThat(ParameterWalk.reuse(query(where), null, shape(where), CypherTexts.SHARED)).isNull();
        String events = "EVENTS e = (x:adult)-[watch]->(y:dog) " + V1;
        engine.compile(events);
        assertThat(ParameterWalk.reuse(query(events), null, shape(events), CypherTexts.SHARED)).isNull();
    }

    @Test
    void cachedStatementsReturnTheAnnotatedRows() throws IOException {
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        JsonNode file = new ObjectMapper().readTree(RealGraph.SHARED.resolve("vidor/annotations/2793806282.json")
                .toFile());
        for (String[] triple : new String[][] {{"adult", "watch", "dog"}, {"dog", "in_front_of", "adult"},
                {"adult", "next_to", "dog"}, {"adult", "pull", "dog"}}) {
            StatementResult r = engine.run("EVENTS e = (x:" + triple[0] + ")-[" + triple[1] + "]->(y:" + triple[2] + ") "
                    + V1 + " RETURN e.begin, e.end");
            List<String> spans = r.rows().stream().map(row -> row.get("e.begin") + ".." + row.get("e.end")).sorted()
                    .toList();
            assertThat(spans).as(String.join(" ", triple)).isNotEmpty()
                    .isEqualTo(fromFile(file, triple[0], triple[1], triple[2]));
        }
    }

    @Test
    void aHitNeedsTheSameParameterNames() {
        CypherTexts texts = new CypherTexts(16, false);
        Node v = Cypher.node("Video").named("v");
        Params first = new Params("shape");
        Statement one = Cypher.match(v).where(v.property("id").isEqualTo(first.add("id", "a"))).returning(v).build();
        String text = texts.render(one, first);
        Params second = new Params("shape");
        Statement two = Cypher.match(v).where(v.property("id").isEqualTo(second.add("id", "b"))).returning(v).build();
        assertThat(texts.render(two, second)).isSameAs(text);
        Params renamed = new Params("shape");
        Statement three = Cypher.match(v).where(v.property("name").isEqualTo(renamed.add("name", "b"))).returning(v)
                .build();
        assertThat(texts.render(three, renamed)).contains("v.name = $name");
        CypherTexts verifying = new CypherTexts(16, true);
        verifying.render(one, first);
        Params wrong = new Params("shape");
        Statement other = Cypher.match(v).where(v.property("name").isEqualTo(wrong.add("id", "b"))).returning(v).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifying.render(other, wrong))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("compile to different Cypher");
    }

    private static String shape(String statement) {
        return StatementShape.of(query(statement), false);
    }

    private static Query query(String statement) {
        return (Query) StatementParser.parseStatement(statement);
    }

    private static List<String> fromFile(JsonNode file, String subject, String predicate, String object) {
        Map<Integer, String> categories = new LinkedHashMap<>();
        file.get("subject/objects").forEach(o -> categories.put(o.get("tid").asInt(), o.get("category").asText()));
        List<String> spans = new ArrayList<>();
        for (JsonNode rel : file.get("relation_instances")) {
            if (rel.get("predicate").asText().equals(predicate)
                    && categories.get(rel.get("subject_tid").asInt()).equals(subject)
                    && categories.get(rel.get("object_tid").asInt()).equals(object)) {
                spans.add(rel.get("begin_fid").asInt() + ".." + rel.get("end_fid").asInt());
            }
        }
        return spans.stream().sorted().toList();
    }
}
