package io.cotasks.ingest;

import io.cotasks.ingest.sources.Sources;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Small videos share transactions; a bad one among them fails alone and leaves nothing behind. */
class SmallVideoBatchTest {

    static final Path DEV = IngestStoreTest.SHARED.resolve("vidor/VidSTG/test_annotations_dev.json");

    @Test
    void aBadVideoInABatchFailsAloneAndItsNeighboursAreWrittenWhole(@TempDir Path dir) {
        List<IngestUnit> units = new ArrayList<>(Sources.byName("vidstg").units(List.of(DEV)).subList(0, 60));
        IngestUnit bad = brokenAtWrite(units.get(17));
        units.set(17, bad);
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        try (SceneGraphStore real = TestStores.embedded(dir)) {
            SceneGraphStore store = recordingBatches(real, batchSizes);
            IngestReport report = IngestRunner.run(store, units, IngestStoreTest.TWO);

            assertThat(report.videos()).isEqualTo(59);
            assertThat(report.failures()).containsExactly(bad.location() + ": video " + bad.videoId()
                    + ": 1 event(s) name a subject or object track that is not an entity of the video");
            assertThat(videos(real, bad.videoId())).isZero();
            for (IngestUnit unit : units) {
                if (unit != bad) {
                    VideoGraph graph = unit.load().graph();
                    assertThat(videos(real, unit.videoId())).isEqualTo(1);
                    assertThat(count(real, "MATCH (:Video {id: $id})-[:HAS_EVENT]->(e) RETURN count(e) AS n", unit.videoId()))
                            .isEqualTo(graph.events().size());
                    assertThat(count(real, "MATCH (:Video {id: $id})-[:HAS_ENTITY]->(e) RETURN count(e) AS n", unit.videoId()))
                            .isEqualTo(graph.entities().size());
                }
            }
        }
        // 60 videos of about 80 elements: a few batches of about 25; the failed batch is retried one by one
        assertThat(batchSizes.stream().filter(n -> n > 1).toList()).hasSizeBetween(2, 4).anyMatch(n -> n >= 20);
        assertThat(batchSizes.stream().filter(n -> n == 1).count()).isBetween(2L, 40L);
    }

    @Test
    void aStarVideoThatFailsToWriteLeavesNeitherItsGraphNorItsQuestions(@TempDir Path dir) {
        List<IngestUnit> units = new ArrayList<>(Sources.byName("star")
                .units(List.of(IngestStoreTest.SAMPLES.resolve("star/homepage/sel_examples.json"))));
        assertThat(units).hasSize(4);
        IngestUnit bad = brokenAtWrite(units.get(1));
        units.set(1, bad);
        try (SceneGraphStore store = TestStores.embedded(dir)) {
            IngestReport report = IngestRunner.run(store, units, IngestStoreTest.TWO);

            assertThat(report.videos()).isEqualTo(3);
            assertThat(report.failures()).hasSize(1).allMatch(f -> f.startsWith(bad.location() + ": video "));
            assertThat(videos(store, bad.videoId())).isZero();
            assertThat(count(store, "MATCH (q:Question {videoId: $id}) RETURN count(q) AS n", bad.videoId())).isZero();
            long good = 0;
            for (IngestUnit unit : units) {
                if (unit != bad) {
                    long n = count(store, "MATCH (q:Question {videoId: $id})-[:ABOUT]->(:Video) RETURN count(q) AS n",
                            unit.videoId());
                    assertThat(n).isEqualTo(unit.load().questions().size()).isPositive();
                    good += n;
                }
            }
            assertThat(report.questions()).isEqualTo(good);
        }
    }

    private static IngestUnit brokenAtWrite(IngestUnit unit) {
        return new BrokenAtWrite(unit);
    }

    /** A real unit whose graph gains an event on a track that does not exist: it loads, and fails to write. */
    private record BrokenAtWrite(IngestUnit inner) implements ForwardingUnit {

        @Override
        public UnitContent load(String contentHash) {
            UnitContent content = inner.load(contentHash);
            VideoGraph g = content.graph();
            List<Event> events = new ArrayList<>(g.events());
            events.add(Event.annotated(g.video().id(), "hold", PredicateKind.CONTACT, 999, null, 0, 5));
            return UnitContent.of(g.withEvents(events, g.temporal()), content.questions());
        }
    }

    /** The real store, recording the size of every {@code writeUnits} batch. */
    private static SceneGraphStore recordingBatches(SceneGraphStore real, List<Integer> sizes) {
        return (SceneGraphStore) Proxy.newProxyInstance(SceneGraphStore.class.getClassLoader(),
                new Class<?>[] {SceneGraphStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("writeUnits")) {
                        sizes.add(((List<?>) args[0]).size());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static long videos(SceneGraphStore store, String id) {
        return count(store, "MATCH (v:Video {id: $id}) RETURN count(v) AS n", id);
    }

    private static long count(SceneGraphStore store, String cypher, String id) {
        return ((Number) store.query(cypher, Map.of("id", id)).rows().get(0).get("n")).longValue();
    }
}
