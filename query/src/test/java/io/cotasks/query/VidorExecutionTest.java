package io.cotasks.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.query.error.UnknownVideoException;
import io.cotasks.query.statement.Statements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exact answers on VidOR video 2793806282, checked both against literal values and against the raw
 * annotation file read independently with Jackson.
 */
@ExtendWith(RealGraph.class)
class VidorExecutionTest {

    private static JsonNode annotation;
    private QueryEngine engine;

    @BeforeAll
    static void readAnnotation() throws IOException {
        annotation = new ObjectMapper().readTree(RealGraph.SHARED.resolve("vidor/annotations/2793806282.json").toFile());
    }

    private StatementResult run(String statement) {
        if (engine == null) {
            engine = QueryEngine.on(RealGraph.store());
            engine.run("USE VIDEO '2793806282'");
        }
        return engine.run(statement);
    }

    @Test
    void framesWhereAnAdultWatchesADog() {
        StatementResult r = run("LOCALIZE (x:adult)-[watch]->(y:dog)");
        List<String> spans = r.rows().stream().map(row -> row.get("beginFrame") + ".." + row.get("endFrame")).toList();
        assertThat(spans).containsExactly("265..751", "1215..1365", "29..118", "1771..1842", "1020..1079",
                "1596..1631", "1094..1126", "1884..1912", "169..193", "947..963");
        List<String> fromFile = new ArrayList<>();
        for (JsonNode rel : annotation.get("relation_instances")) {
            if (rel.get("predicate").asText().equals("watch") && category(rel.get("subject_tid").asInt()).equals("adult")
                    && category(rel.get("object_tid").asInt()).equals("dog")) {
                fromFile.add(rel.get("begin_fid").asInt() + ".." + (rel.get("end_fid").asInt() - 1));
            }
        }
        assertThat(spans).containsExactlyInAnyOrderElementsOf(fromFile);
        Map<String, Object> longest = r.rows().get(0);
        assertThat(longest).containsEntry("beginSec", 8.842).containsEntry("endSec", 25.092).containsEntry("events", 1L);
    }

    @Test
    void boxesOfTrackOneOverFrames29To119() {
        StatementResult r = run("TRACK (x#1) FRAMES 29..119");
        assertThat(r.rows()).hasSize(91);
        JsonNode trajectories = annotation.get("trajectories");
        for (int i = 0; i < r.rows().size(); i++) {
            Map<String, Object> row = r.rows().get(i);
            int frame = 29 + i;
            assertThat(row).containsEntry("frame", (long) frame).containsEntry("track", 1L).containsEntry("category", "dog");
            JsonNode box = boxOf(trajectories.get(frame), 1);
            assertThat(row.get("x1")).isEqualTo(box.get("bbox").get("xmin").asDouble());
            assertThat(row.get("y1")).isEqualTo(box.get("bbox").get("ymin").asDouble());
            assertThat(row.get("x2")).isEqualTo(box.get("bbox").get("xmax").asDouble());
            assertThat(row.get("y2")).isEqualTo(box.get("bbox").get("ymax").asDouble());
            assertThat(row.get("generated")).isEqualTo(box.get("generated").asInt() == 1);
        }
        assertThat(r.rows().get(0)).containsEntry("x1", 41.0).containsEntry("y1", 93.0).containsEntry("x2", 148.0)
                .containsEntry("y2", 164.0);
    }

    @Test
    void sampledTrackKeepsFirstAndLastFrame() {
        StatementResult r = run("TRACK (x#1) FRAMES 29..119 SAMPLE 4");
        assertThat(r.rows()).extracting(row -> row.get("frame")).containsExactly(29L, 59L, 89L, 119L);
    }

    @Test
    void allenRelationBetweenTwoNamedRelationInstances() {
        StatementResult r = run("TEMPORAL a = (x#0)-[watch]->(y#1), b = (x)-[pull]->(y) WHERE a.begin = 265 AND b.begin = 683");
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0)).containsEntry("relation", "OVERLAPS")
                .containsEntry("a", "adult#0 watch dog#1 [265,752)").containsEntry("b", "adult#0 pull dog#1 [683,757)");
        String pair = "EVENTS a = (x#0)-[watch]->(y#1), b = (x)-[pull]->(y) WHERE a.begin = 265 AND b.begin = 683 AND a ";
        List<String> holding = new ArrayList<>();
        for (String op : List.of("BEFORE", "AFTER", "MEETS", "MET BY", "OVERLAPS", "OVERLAPPED BY", "STARTS",
                "STARTED BY", "DURING", "CONTAINS", "FINISHES", "FINISHED BY", "EQUALS", "INTERSECTS")) {
            if (!run(pair + op + " b RETURN COUNT(*)").rows().get(0).get("count").equals(0L)) {
                holding.add(op);
            }
        }
        assertThat(holding).containsExactly("OVERLAPS", "INTERSECTS");
    }

    @Test
    void profileReportsDbHitsAndExplainRunsNothing() {
        StatementResult profiled = run("PROFILE LOCALIZE (x:adult)-[watch]->(y:dog)");
        assertThat((Long) profiled.rows().get(0).get("dbHits")).isPositive();
        assertThat(profiled.rows().get(0)).containsEntry("rows", 10L);
        StatementResult explained = run("EXPLAIN TRACK (x#1) FRAMES 29..119");
        assertThat(explained.cypher()).startsWith("MATCH (x:Entity)-[_b:IN_FRAME]->()");
        assertThat(explained.parameters()).containsEntry("video", "2793806282").containsEntry("x_track", 1L)
                .containsEntry("from", 29L).containsEntry("to", 119L);
    }

    @Test
    void scriptRunsStatementsInOrderWithTheirText() {
        QueryEngine session = QueryEngine.on(RealGraph.store());
        List<StatementResult> results = session.runScript("""
                USE VIDEO '2793806282';  -- the dog video
                LET watched = EVENTS e = (x:adult)-[watch]->(y) RETURN DISTINCT y.track;
                'x' IN watched;
                watched""");
        assertThat(results).extracting(StatementResult::statement).containsExactly("USE VIDEO '2793806282'",
                "LET watched = EVENTS e = (x:adult)-[watch]->(y) RETURN DISTINCT y.track", "'x' IN watched", "watched");
        assertThat(results.get(3).rows()).containsExactly(Map.of("y.track", 1L));
        assertThat(results.get(2).rows()).containsExactly(Map.of("value", false));
    }

    @Test
    void unknownVideoSuggestsTheClosestId() {
        QueryEngine session = QueryEngine.on(RealGraph.store());
        assertThatThrownBy(() -> session.run("USE VIDEO '2793806283'"))
                .hasMessage("line 1:11: unknown video '2793806283', did you mean '2793806282'?")
                .isInstanceOfSatisfying(UnknownVideoException.class, e -> assertThat(e.video()).isEqualTo("2793806283"));
        assertThatThrownBy(() -> session.run(Statements.entities().inVideo("2793806283")))
                .isInstanceOf(UnknownVideoException.class);
    }

    private static String category(int tid) {
        for (JsonNode o : annotation.get("subject/objects")) {
            if (o.get("tid").asInt() == tid) {
                return o.get("category").asText();
            }
        }
        throw new AssertionError("no tid " + tid);
    }

    private static JsonNode boxOf(JsonNode frame, int tid) {
        for (JsonNode box : frame) {
            if (box.get("tid").asInt() == tid) {
                return box;
            }
        }
        throw new AssertionError("no box of " + tid);
    }
}
