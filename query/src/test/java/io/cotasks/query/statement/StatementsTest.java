package io.cotasks.query.statement;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.RealGraph;
import io.cotasks.query.StatementResult;
import io.cotasks.query.parser.StatementParser;
import io.cotasks.query.result.EventRow;
import io.cotasks.query.result.Result;
import io.cotasks.query.result.Span;
import io.cotasks.query.result.SpatialRelation;
import io.cotasks.query.result.TemporalPair;
import io.cotasks.query.result.TrackBox;
import io.cotasks.query.result.VideoRow;
import io.cotasks.store.model.AllenRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static io.cotasks.query.statement.Patterns.any;
import static io.cotasks.query.statement.Patterns.anyPredicate;
import static io.cotasks.query.statement.Patterns.category;
import static io.cotasks.query.statement.Patterns.event;
import static io.cotasks.query.statement.Patterns.kind;
import static io.cotasks.query.statement.Patterns.node;
import static io.cotasks.query.statement.Patterns.predicate;
import static io.cotasks.query.statement.Patterns.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statements built as values render to the DSL a person would write, parse back to the same tree, and their
 * typed rows carry the values of the engine's map rows for the same text, on the real VidOR video 2793806282.
 */
@ExtendWith(RealGraph.class)
class StatementsTest {

    private static final String VIDEO = RealGraph.VIDOR;

    @Test
    void rendersCanonicalDslThatParsesBackToTheSameTree() {
        List<Operator<?>> operators = List.of(
                Statements.video(VIDEO),
                Statements.entities().inVideo(VIDEO),
                Statements.localize(event(null, track("x", 1), predicate("in front of"), track("y", 0))).inVideo(VIDEO),
                Statements.track(track("x", 1), 4).inVideo(VIDEO).frames(29, 119),
                Statements.spatial(track(null, 0), track(null, 1)).inVideo(VIDEO).frames(29, 119),
                Statements.temporal(event("a", category("p", "adult"), kind("action"), any()),
                        event("b", node("p"), anyPredicate(), null)).inVideo(VIDEO).frames(0, 99).source("annotation"),
                Statements.events(event("e", node("s"), anyPredicate(), node("o")), EventField.PREDICATE,
                        EventField.OBJECT_CATEGORY, EventField.BEGIN).inVideo(VIDEO));
        assertThat(operators).extracting(Operator::text).containsExactly(
                "VIDEOS WHERE id = '2793806282'",
                "ENTITIES IN VIDEO '2793806282'",
                "LOCALIZE (x#1)-['in front of']->(y#0) IN VIDEO '2793806282'",
                "TRACK (x#1) IN VIDEO '2793806282' FRAMES 29..119 SAMPLE 4",
                "SPATIAL (#0), (#1) IN VIDEO '2793806282' FRAMES 29..119",
                "TEMPORAL a = (p:adult)-[*:action]->(), b = (p)-[*] IN VIDEO '2793806282' FRAMES 0..99 SOURCE annotation",
                "EVENTS e = (s)-[*]->(o) IN VIDEO '2793806282' RETURN e.predicate, o.category, e.begin");
        for (Operator<?> o : operators) {
            assertThat(StatementParser.parseStatement(o.text())).as(o.text()).isEqualTo(o.query());
        }
    }

    @Test
    void typedRowsCarryTheValuesOfTheMapRows() {
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        Result<VideoRow> video = engine.run(Statements.video(VIDEO));
        assertThat(video.rows()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(VIDEO);
            assertThat(v.frameCount()).isPositive();
        });

        Result<Span> spans = engine.run(Statements.localize(event(null, category("x", "adult"), predicate("watch"),
                category("y", "dog"))).inVideo(VIDEO));
        assertThat(spans.rows().get(0)).isEqualTo(new Span(VIDEO, 265, 751, 8.842, 25.092, 1));
        assertThat(spans.rows()).extracting(Span::beginFrame).containsExactlyElementsOf(
                ints(engine.run(spans.statement()), "beginFrame"));

        Result<TrackBox> boxes = engine.run(Statements.track(track("x", 1), 3).inVideo(VIDEO).frames(29, 119));
        assertThat(boxes.rows()).hasSize(3).allSatisfy(b -> assertThat(b.entity().track()).isEqualTo(1));
        assertThat(boxes.rows()).extracting(TrackBox::frame).containsExactlyElementsOf(
                ints(engine.run(boxes.statement()), "frame"));

        Result<SpatialRelation> relations = engine.run(Statements.spatial(track(null, 0), track(null, 1))
                .inVideo(VIDEO).frames(29, 119));
        StatementResult relationMaps = engine.run(relations.statement());
        assertThat(relations.rows()).isNotEmpty().extracting(SpatialRelation::predicate)
                .containsExactlyElementsOf(relationMaps.rows().stream().map(row -> (String) row.get("predicate")).toList());

        Result<TemporalPair> pairs = engine.run(Statements.temporal(event("a", track("x", 0), predicate("watch"),
                track("y", 1)), event("b", node("x"), anyPredicate(), any())).inVideo(VIDEO).frames(0, 300));
        StatementResult pairMaps = engine.run(pairs.statement());
        assertThat(pairs.rows()).isNotEmpty().hasSameSizeAs(pairMaps.rows());
        for (int i = 0; i < pairs.rows().size(); i++) {
            TemporalPair p = pairs.rows().get(i);
            Map<String, Object> row = pairMaps.rows().get(i);
            assertThat(List.<Object>of(p.a().describe(), p.relationKeywords(), p.b().describe()))
                    .containsExactly(row.get("a"), row.get("relation"), row.get("b"));
            assertThat(p.relation()).isEqualTo(AllenRelation.of(p.a().begin(), p.a().end(), p.b().begin(), p.b().end()));
        }

        Result<EventRow> events = engine.run(Statements.events(event("e", node("s"), predicate("watch"), node("o")),
                EventField.PREDICATE, EventField.SUBJECT_CATEGORY, EventField.OBJECT_TRACK).inVideo(VIDEO));
        assertThat(events.rows()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.predicate()).isEqualTo("watch");
            assertThat(e.subjectCategory()).isNotNull();
            assertThat(e.objectTrack()).isNotNull();
            assertThat(e.begin()).isNull();
        });
    }

    @Test
    void aFieldOfAnUnnamedNodeIsRefused() {
        assertThatThrownBy(() -> Statements.events(event("e", any(), anyPredicate(), node("o")),
                EventField.SUBJECT_TRACK)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
    }

    private static List<Integer> ints(StatementResult r, String column) {
        return r.rows().stream().map(row -> ((Number) row.get(column)).intValue()).toList();
    }
}
