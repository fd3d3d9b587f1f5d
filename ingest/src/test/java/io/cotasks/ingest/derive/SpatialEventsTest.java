package io.cotasks.ingest.derive;

import io.cotasks.ingest.JsonCursor;
import io.cotasks.ingest.vidor.VidorAdapter;
import io.cotasks.store.model.Box;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Spatial derivation: the per-sample rule reproduces the old derivation; hysteresis and the minimum bound jitter. */
class SpatialEventsTest {

    static final Path VIDOR = Path.of(System.getProperty("cotasks.samples", "../samples")).resolve("vidor/annotations");
    static final Video VIDEO = new Video("v", "test", 30, 1_000, 640, 480);

    static VideoGraph vidor(String id) throws Exception {
        Path file = VIDOR.resolve(id + ".json");
        return VidorAdapter.parse(JsonCursor.parse(file, Files.readAllBytes(file)), "h");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2793806282", "11566930393"})
    void perSampleRuleIsTheOldDerivationOnRealVideos(String id) throws Exception {
        VideoGraph g = vidor(id);
        assertThat(SpatialEvents.of(g.video(), g.boxes(), SpatialEvents.Rule.PER_SAMPLE))
                .containsExactlyElementsOf(PerSampleSpatialEvents.of(g.video().id(), g.boxes()));
    }

    @Test
    void perSampleRuleIsTheOldDerivationOnRandomBoxesWithGapsAndSparseSamples() {
        Random random = new Random(15);
        for (int round = 0; round < 40; round++) {
            List<Box> boxes = new ArrayList<>();
            for (int f = 0; f < 60; f++) {
                int frame = f * (1 + round % 3);
                for (int t = 0; t < 5; t++) {
                    if (random.nextInt(8) != 0) {
                        double x = random.nextInt(500);
                        double y = random.nextInt(400);
                        boxes.add(new Box(t, frame, x, y, x + 10 + random.nextInt(120), y + 10 + random.nextInt(80), false, 1));
                    }
                }
            }
            assertThat(SpatialEvents.of(VIDEO, boxes, SpatialEvents.Rule.PER_SAMPLE)).as("round %d", round)
                    .containsExactlyElementsOf(PerSampleSpatialEvents.of(VIDEO.id(), boxes));
        }
    }

    @Test
    void aBoxJitteringAcrossTheLeftOfThresholdMakesOneEvent() {
        // box 1 sits right of box 0, its centre shift jitters between 0.45 and 0.55 box widths every frame
        List<Box> boxes = new ArrayList<>();
        for (int f = 0; f < 300; f++) {
            double shift = f % 2 == 0 ? 45 : 55;
            boxes.add(new Box(0, f, 100, 100, 200, 200, false, 1));
            boxes.add(new Box(1, f, 100 + shift, 300, 200 + shift, 400, false, 1));
        }
        List<Event> perSample = SpatialEvents.of(VIDEO, boxes, SpatialEvents.Rule.PER_SAMPLE);
        List<Event> kept = SpatialEvents.of(VIDEO, boxes, SpatialEvents.Rule.DEFAULT);
        assertThat(perSample.stream().filter(e -> e.predicate().equals("left_of"))).hasSize(150);
        assertThat(kept.stream().filter(e -> e.predicate().equals("left_of")))
                .singleElement().satisfies(e -> assertThat(e.end() - e.begin()).isEqualTo(299));
        assertThat(kept.stream().filter(e -> e.predicate().equals("right_of"))).hasSize(1);
        assertThat(kept.stream().filter(e -> e.predicate().equals("above"))).hasSize(1);
    }

    @Test
    void runsShorterThanHalfASecondAreDropped() {
        // at 30 fps every frame sampled: 15 samples needed; box 1 is below box 0 for 14 frames, then for 15
        List<Box> boxes = new ArrayList<>();
        for (int f = 0; f < 60; f++) {
            boolean below = f < 14 || f >= 30 && f < 45;
            boxes.add(new Box(0, f, 100, 100, 200, 200, false, 1));
            boxes.add(new Box(1, f, 100, below ? 300 : 100, 200, below ? 400 : 200, false, 1));
        }
        assertThat(SpatialEvents.of(VIDEO, boxes, SpatialEvents.Rule.DEFAULT))
                .filteredOn(e -> e.predicate().equals("below"))
                .singleElement().satisfies(e -> assertThat(e.begin()).isEqualTo(30));
        // at 2 fps sampling (every 15th frame of a 30 fps video) one sample is already half a second
        assertThat(new SpatialEvents.Rule(true, 0.5).minSamples(30, new int[] {0, 15, 30, 45})).isEqualTo(1);
        assertThat(new SpatialEvents.Rule(true, 0.5).minSamples(29.97, new int[] {0, 1, 2, 3})).isEqualTo(15);
    }

    @Test
    void randomlyPlacedBoxesStayUnderTheDocumentedBound() {
        Random random = new Random(7);
        List<Box> boxes = new ArrayList<>();
        int tracks = 6;
        int frames = 900;
        for (int f = 0; f < frames; f++) {
            for (int t = 0; t < tracks; t++) {
                double x = random.nextInt(500);
                double y = random.nextInt(400);
                boxes.add(new Box(t, f, x, y, x + 40 + random.nextInt(80), y + 40 + random.nextInt(60), false, 1));
            }
        }
        int perSample = SpatialEvents.of(VIDEO, boxes, SpatialEvents.Rule.PER_SAMPLE).size();
        int kept = SpatialEvents.of(VIDEO, boxes, SpatialEvents.Rule.DEFAULT).size();
        assertThat(kept).isLessThanOrEqualTo(3 * tracks * (tracks - 1) * frames / 15).isLessThan(perSample / 10);
    }
}
