package io.cotasks.ingest.video;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The default detector (centernet, all COCO classes) + SORT on the real pedestrian sample (100 frames, 10 fps, sampled at 2 fps). */
class PerceptionPipelineTest {

    static PerceptionResult result;

    @BeforeAll
    static void perceive() {
        result = PerceptionPipeline.create(PerceptionOptions.defaults()).perceive(TestVideos.vtest(), "vtest");
    }

    @Test
    void videoCarriesTheStreamFacts() {
        VideoGraph graph = result.graph();
        assertThat(graph.video().id()).isEqualTo("vtest");
        assertThat(graph.video().dataset()).isEqualTo("video");
        assertThat(graph.origin()).isEqualTo("video");
        assertThat(graph.video().fps()).isEqualTo(10.0);
        assertThat(graph.video().frameCount()).isEqualTo(100);
        assertThat(graph.video().width()).isEqualTo(768);
        assertThat(graph.video().height()).isEqualTo(576);
        assertThat(graph.video().duration()).isEqualTo(10.0);
        assertThat(graph.contentHash()).hasSize(64);
        assertThat(result.decodedFrames()).isEqualTo(100);
        assertThat(result.sampledFrames()).isEqualTo(20);
        assertThat(PerceptionPipeline.defaultVideoId(TestVideos.vtest())).isEqualTo("vtest_first10s_h264");
    }

    @Test
    void everyTrackIsOneDetectedEntityMostOfThemPeople() {
        List<Entity> entities = result.graph().entities();
        assertThat(result.tracks().stream().filter(t -> t.category().equals("person")).count())
                .isGreaterThanOrEqualTo(5).isGreaterThan(result.tracks().size() / 2);
        assertThat(entities).hasSameSizeAs(result.tracks());
        assertThat(entities).extracting(Entity::trackId)
                .containsExactlyElementsOf(result.tracks().stream().map(Track::trackId).toList());
        assertThat(entities).allSatisfy(e -> {
            assertThat(e.videoId()).isEqualTo("vtest");
            assertThat(e.category()).isIn(java.util.stream.IntStream.range(0, CocoVocabulary.standard().size())
                    .mapToObj(CocoVocabulary.standard()::category).toList());
            assertThat(e.source()).isEqualTo(Source.DETECTED);
            assertThat(e.confidence()).isBetween(0.3, 1.0);
        });
    }

    @Test
    void boxesStayInsideTheFrameOnSampledFrames() {
        List<Box> boxes = result.graph().boxes();
        assertThat(boxes).isNotEmpty().allSatisfy(b -> {
            assertThat(b.x1()).isBetween(0.0, 768.0);
            assertThat(b.x2()).isBetween(b.x1() + 1, 768.0);
            assertThat(b.y1()).isBetween(0.0, 576.0);
            assertThat(b.y2()).isBetween(b.y1() + 1, 576.0);
            assertThat(b.frame() % 5).isZero();
            assertThat(b.confidence()).isBetween(0.3, 1.0);
        });
        assertThat(boxes.stream().filter(b -> !b.generated()).count()).isGreaterThan(boxes.size() / 2);
    }

    @Test
    void trackIdsPersistAcrossConsecutiveSampledFrames() {
        Map<Integer, List<Integer>> framesByTrack = result.graph().boxes().stream().collect(
                Collectors.groupingBy(Box::trackId, Collectors.mapping(Box::frame, Collectors.toList())));
        assertThat(framesByTrack).hasSize(result.tracks().size());
        framesByTrack.forEach((track, frames) -> {
            assertThat(frames).as("track %d", track).hasSizeGreaterThanOrEqualTo(3);
            for (int i = 1; i < frames.size(); i++) {
                assertThat(frames.get(i) - frames.get(i - 1)).as("track %d at %d", track, frames.get(i)).isEqualTo(5);
            }
        });
        // walkers are followed for 3 seconds or more under one id
        List<Integer> people = result.tracks().stream().filter(t -> t.category().equals("person")).map(Track::trackId).toList();
        assertThat(people.stream().filter(t -> framesByTrack.get(t).size() >= 6).count()).isGreaterThanOrEqualTo(3);
        // one id is never in two places at once
        assertThat(result.graph().boxes().stream().map(b -> b.trackId() + "@" + b.frame()).distinct().count())
                .isEqualTo(result.graph().boxes().size());
    }

    @Test
    void eventsAreTrackLifeSpansAndSharedSpatialDerivationsWithAllenRelations() {
        List<Event> events = result.graph().events();
        List<Event> visible = events.stream().filter(e -> e.predicate().equals(PerceptionPipeline.VISIBLE)).toList();
        assertThat(visible).hasSameSizeAs(result.tracks());
        for (Track t : result.tracks()) {
            Event e = visible.stream().filter(v -> v.subjectTid() == t.trackId()).findFirst().orElseThrow();
            assertThat(e.begin()).isEqualTo(t.firstFrame());
            assertThat(e.end()).isEqualTo(Math.min(100, t.lastFrame() + 5));
            assertThat(e.kind()).isEqualTo(PredicateKind.ACTION);
            assertThat(e.source()).isEqualTo(Source.DETECTED);
            assertThat(e.objectTid()).isNull();
        }
        List<Event> spatial = events.stream().filter(e -> e.kind() == PredicateKind.SPATIAL).toList();
        assertThat(spatial).isNotEmpty().allSatisfy(e -> assertThat(e.source()).isEqualTo(Source.DERIVED));
        int n = (int) events.stream().map(Event::uid).distinct().count();
        assertThat(result.graph().temporal()).hasSize(Math.min(n * (n - 1) / 2,
                io.cotasks.ingest.derive.RelationDerivation.DEFAULT_TEMPORAL_CAP));
    }
}
