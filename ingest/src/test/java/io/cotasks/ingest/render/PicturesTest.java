package io.cotasks.ingest.render;

import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.ingest.video.PerceptionOptions;
import io.cotasks.ingest.video.VideoSourceAdapter;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pictures of real graphs: a STAR keyframe with its annotated situation graph, and a detected video. */
class PicturesTest {

    /** The default detector (centernet), people only: these tests follow person tracks. */
    static final PerceptionOptions PEOPLE = PerceptionOptions.defaults()
            .withDetector(io.cotasks.ingest.video.DetectorSpec.centernet().withClasses(List.of("person")));

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples"));
    static final Path STAR = SAMPLES.resolve("star/homepage");

    @TempDir
    static Path dir;
    static SceneGraphStore store;

    @BeforeAll
    static void ingest() throws URISyntaxException {
        store = TestStores.embedded(dir);
        IngestReport star = IngestRunner.run(store, Sources.byName("star").units(List.of(STAR.resolve("sel_examples.json"))),
                IngestRunner.Options.defaults());
        assertThat(star.failures()).isEmpty();
        Path video = Path.of(PicturesTest.class.getResource("/video/vtest_first10s_h264.mp4").toURI());
        IngestReport detected = IngestRunner.run(store,
                VideoSourceAdapter.create(PEOPLE, "vtest", false).units(List.of(video)),
                IngestRunner.Options.defaults());
        assertThat(detected.failures()).isEmpty();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void starKeyframeOverlayHasTheAnnotatedBoxesAndRelations() {
        FrameOverlay overlay = GraphPictures.overlay(store, "0BNML", 72);
        assertThat(overlay.frame()).isEqualTo(72);
        // STAR 0BNML frame 72: a book, a bed and the person
        assertThat(overlay.boxes()).extracting(FrameOverlay.EntityBox::category)
                .containsExactlyInAnyOrder("book", "bed", "person");
        FrameOverlay.EntityBox person = overlay.boxes().stream().filter(b -> b.category().equals("person"))
                .findFirst().orElseThrow();
        assertThat(person.x1()).isCloseTo(203.83, org.assertj.core.data.Offset.offset(0.01));
        assertThat(person.y2()).isCloseTo(307.45, org.assertj.core.data.Offset.offset(0.01));
        int book = overlay.boxes().stream().filter(b -> b.category().equals("book")).findFirst().orElseThrow().trackId();
        assertThat(overlay.relations()).contains(new FrameOverlay.Relation(person.trackId(), "holding", book));
        assertThat(overlay.relations()).allSatisfy(r -> assertThat(r.subject()).isNotEqualTo(r.object()));
    }

    @Test
    void renderedKeyframeKeepsItsSizeAndChangesPixelsInsideEveryDrawnBox() {
        BufferedImage keyframe = FrameImages.fromKeyframes(STAR.resolve("keyframes"), "0BNML", 72);
        FrameOverlay overlay = GraphPictures.overlay(store, "0BNML", 72);
        BufferedImage rendered = FrameRenderer.render(keyframe, overlay);
        assertThat(rendered.getWidth()).isEqualTo(480);
        assertThat(rendered.getHeight()).isEqualTo(318);
        for (FrameOverlay.EntityBox b : overlay.boxes()) {
            assertThat(changedPixels(keyframe, rendered, b)).as("box of #%d %s", b.trackId(), b.category())
                    .isGreaterThan((int) ((b.x2() - b.x1()) + (b.y2() - b.y1())));
        }
        // far from every box and arrow the picture is untouched
        assertThat(rendered.getRGB(5, 310)).isEqualTo(keyframe.getRGB(5, 310));
    }

    @Test
    void detectedVideoFrameIsDecodedAndDrawnAtTheNearestSampledFrame() {
        Path video = SAMPLES.resolve("video/vtest_first10s_h264.mp4");
        FrameOverlay overlay = GraphPictures.overlay(store, "vtest", 42);
        assertThat(overlay.frame()).isIn(40, 45);
        assertThat(overlay.boxes()).isNotEmpty().allSatisfy(b -> assertThat(b.category()).isEqualTo("person"));
        BufferedImage frame = FrameImages.fromVideo(video, overlay.frame());
        assertThat(frame.getWidth()).isEqualTo(768);
        assertThat(frame.getHeight()).isEqualTo(576);
        BufferedImage rendered = FrameRenderer.render(frame, overlay);
        for (FrameOverlay.EntityBox b : overlay.boxes()) {
            assertThat(changedPixels(frame, rendered, b)).isPositive();
        }
    }

    @Test
    void timelineHasOneRowPerEntityPairColouredByPredicate() {
        Timeline timeline = GraphPictures.timeline(store, "0BNML");
        List<Map<String, Object>> pairs = store.query("""
                MATCH (:Video {id: '0BNML'})-[:HAS_EVENT]->(ev:Event)-[:SUBJECT]->(s:Entity)
                OPTIONAL MATCH (ev)-[:OBJECT]->(o:Entity)
                RETURN DISTINCT s.trackId AS s, o.trackId AS o""", Map.of()).rows();
        assertThat(timeline.rows()).hasSize(pairs.size());
        long events = ((Number) store.query("MATCH (:Video {id: '0BNML'})-[:HAS_EVENT]->(ev) RETURN count(ev) AS n",
                Map.of()).rows().get(0).get("n")).longValue();
        assertThat(timeline.rows().stream().mapToLong(r -> r.spans().size()).sum()).isEqualTo(events);
        BufferedImage image = TimelineRenderer.render(timeline);
        assertThat(image.getWidth()).isEqualTo(1200);
        Set<String> predicates = timeline.rows().stream().flatMap(r -> r.spans().stream())
                .map(Timeline.Span::predicate).collect(Collectors.toSet());
        int legendRows = (predicates.size() + 5) / 6;
        int rows = timeline.rows().stream().mapToInt(TimelineRenderer::rowHeight).sum();
        assertThat(image.getHeight()).isEqualTo(40 + rows + 30 + legendRows * 20 + 20);
        // events of one pair that overlap in time never share a lane
        for (Timeline.Row row : timeline.rows()) {
            int[] lane = TimelineRenderer.lanes(row);
            for (int i = 0; i < lane.length; i++) {
                for (int j = i + 1; j < lane.length; j++) {
                    Timeline.Span a = row.spans().get(i);
                    Timeline.Span b = row.spans().get(j);
                    if (a.begin() < b.end() && b.begin() < a.end()) {
                        assertThat(lane[i]).as(row.label()).isNotEqualTo(lane[j]);
                    }
                }
            }
        }
        // the first row's first bar is drawn in a colour, not the white or grey background
        Timeline.Span first = timeline.rows().get(0).spans().get(0);
        int x = (int) Math.round(240 + 940.0 * (first.begin() + first.end()) / 2 / timeline.frameCount());
        int rgb = image.getRGB(x, 40 + 4 + TimelineRenderer.lanes(timeline.rows().get(0))[0] * 9 + 3) & 0xffffff;
        assertThat(rgb).isNotIn(0xffffff, 0xf5f5f5);
    }

    @Test
    void unknownVideosAndMissingKeyframesAreOneLineErrors() {
        assertThatThrownBy(() -> GraphPictures.overlay(store, "nope", 1)).isInstanceOf(CotasksException.class)
                .hasMessage("video 'nope' is not in " + store.describe());
        assertThatThrownBy(() -> GraphPictures.timeline(store, "nope")).isInstanceOf(CotasksException.class)
                .hasMessage("video 'nope' is not in " + store.describe());
        Path keyframes = STAR.resolve("keyframes");
        assertThatThrownBy(() -> FrameImages.fromKeyframes(keyframes, "0BNML", 73)).isInstanceOf(CotasksException.class)
                .hasMessage("no keyframe for frame 73: neither " + keyframes.resolve("0BNML/000073.png") + " nor "
                        + keyframes.resolve("000073.png") + " exists");
        Path video = SAMPLES.resolve("video/vtest_first10s_h264.mp4");
        assertThatThrownBy(() -> FrameImages.fromVideo(video, 100)).isInstanceOf(CotasksException.class)
                .hasMessage(video + ": has 100 frames, no frame 100");
    }

    /** Pixels that differ between two images inside a box (its border is drawn on its edge). */
    static int changedPixels(BufferedImage before, BufferedImage after, FrameOverlay.EntityBox b) {
        int changed = 0;
        for (int y = (int) Math.max(0, b.y1() - 2); y < Math.min(before.getHeight(), b.y2() + 2); y++) {
            for (int x = (int) Math.max(0, b.x1() - 2); x < Math.min(before.getWidth(), b.x2() + 2); x++) {
                if ((before.getRGB(x, y) & 0xffffff) != (after.getRGB(x, y) & 0xffffff)) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
