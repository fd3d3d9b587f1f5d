package io.cotasks.store;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.UnitWrite;
import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A unit written in many bounded transactions ({@link StagedWrite}, forced here with tiny limits on the real
 * VidOR graph) gives, element by element, the graph one transaction gives: a first write, a changed
 * re-write, a re-write after a write that failed half-way, and a second origin on the same video.
 */
class StagedWriteTest {

    /** Every unit staged; 1,000 boxes, 8 events or Allen relations, 1,000 deletions a transaction, two side by side. */
    static final StagedWrite.Limits TINY = new StagedWrite.Limits(1, 1_000, 8, 1_000, 2);

    @TempDir
    static Path dir;
    static Neo4jStore store;

    @BeforeAll
    static void open() {
        store = (Neo4jStore) TestStores.embedded(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void firstWriteAndChangedRewriteEqualOneTransaction() {
        single(TestGraphs.vidorAs("one~a"));
        staged(TestGraphs.vidorAs("staged~a"));
        assertThat(dump("staged~a")).hasSizeGreaterThan(3_000).isEqualTo(dump("one~a"));
        single(changed(TestGraphs.vidorAs("one~a")));
        staged(changed(TestGraphs.vidorAs("staged~a")));
        assertThat(dump("staged~a")).isEqualTo(dump("one~a"));
        assertThat(pending("staged~a")).isNull();
    }

    @Test
    void aWriteThatFailedHalfWayLeavesAMarkerAndNoHashAndTheRerunEqualsACleanWrite() {
        VideoGraph graph = TestGraphs.vidorAs("one~b");
        single(graph);
        VideoGraph good = TestGraphs.vidorAs("staged~b");
        List<Box> boxes = new ArrayList<>(good.boxes());
        boxes.add(new Box(99, 800, 1, 1, 2, 2, false, 1.0)); // a track with no entity: the last box chunk fails
        VideoGraph broken = new VideoGraph(good.video(), good.origin(), good.contentHash(), good.entities(), boxes,
                good.events(), good.temporal(), good.captions());
        assertThatThrownBy(() -> staged(broken)).hasMessageContaining("belong to a track that is not an entity");
        assertThat(pending("staged~b")).containsExactly((Object) "vidor");
        assertThat(store.contentHash("staged~b", "vidor")).isEmpty();
        assertThat(count("MATCH (:Entity {videoId: 'staged~b'})-[r:IN_FRAME]->() RETURN count(r) AS n")).isPositive();

        staged(good);
        assertThat(dump("staged~b")).isEqualTo(dump("one~b"));
        assertThat(pending("staged~b")).isNull();
        assertThat(store.contentHash("staged~b", "vidor")).contains(good.contentHash());
    }

    @Test
    void aSecondOriginStagedOnAVideoKeepsTheFirstOriginsElements() {
        VideoGraph first = TestGraphs.vidorAs("one~c");
        single(first);
        single(second(first));
        VideoGraph other = TestGraphs.vidorAs("staged~c");
        single(other);
        staged(second(other));
        assertThat(dump("staged~c")).isEqualTo(dump("one~c"));
        staged(second(changed(other)));
        single(second(changed(first)));
        assertThat(dump("staged~c")).isEqualTo(dump("one~c"));
    }

    private static void single(VideoGraph graph) {
        store.stagedLimits(StagedWrite.Limits.DEFAULT);
        store.writeUnits(List.of(UnitWrite.of(graph.origin(), graph, List.of())), Derivation.NONE);
    }

    private static void staged(VideoGraph graph) {
        store.stagedLimits(TINY);
        try {
            store.writeUnits(List.of(UnitWrite.of(graph.origin(), graph, List.of())), Derivation.NONE);
        } finally {
            store.stagedLimits(StagedWrite.Limits.DEFAULT);
        }
    }

    /** Track 1 gone (its boxes and events too), the first five events left out, a new content hash. */
    private static VideoGraph changed(VideoGraph g) {
        List<Entity> entities = g.entities().stream().filter(e -> e.trackId() != 1).toList();
        List<Box> boxes = g.boxes().stream().filter(b -> b.trackId() != 1).toList();
        List<Event> events = g.events().stream().skip(5)
                .filter(e -> e.subjectTid() != 1 && !Integer.valueOf(1).equals(e.objectTid())).toList();
        return new VideoGraph(g.video(), g.origin(), g.contentHash() + "-changed", entities, boxes, events,
                TestGraphs.allen(events), g.captions());
    }

    /** The graph's track 0 and its boxes from the frames after 400, as another origin says it. */
    private static VideoGraph second(VideoGraph g) {
        List<Entity> entities = g.entities().stream().filter(e -> e.trackId() == 0).toList();
        List<Box> boxes = g.boxes().stream().filter(b -> b.trackId() == 0 && b.frame() > 400).toList();
        return new VideoGraph(g.video(), "second", g.contentHash() + "-second", entities, boxes, List.of(),
                List.of(), List.of());
    }

    private static List<Object> pending(String id) {
        Object p = store.query("MATCH (v:Video {id: $id}) RETURN v.pending AS p", Map.of("id", id)).rows().get(0).get("p");
        return p == null ? null : new ArrayList<>((List<?>) p);
    }

    private static long count(String cypher) {
        return ((Number) store.query(cypher, Map.of()).rows().get(0).get("n")).longValue();
    }

    /** The video's nodes and relationships as sorted lines, its id replaced by {@code V}. */
    private static List<String> dump(String id) {
        Map<String, Object> p = Map.of("id", id);
        List<String> lines = new ArrayList<>();
        store.query("MATCH (n) WHERE n.videoId = $id OR n.id = $id RETURN labels(n) AS l, properties(n) AS p", p).rows()
                .forEach(r -> lines.add(r.get("l") + " " + new TreeMap<>((Map<?, ?>) r.get("p"))));
        store.query("MATCH (a)-[r]->(b) WHERE a.videoId = $id OR a.id = $id RETURN type(r) AS t, properties(r) AS p, "
                + "coalesce(a.uid, a.id) AS a, coalesce(b.uid, b.id) AS b", p).rows()
                .forEach(r -> lines.add("(" + r.get("a") + ")-[" + r.get("t") + " " + new TreeMap<>((Map<?, ?>) r.get("p"))
                        + "]->(" + r.get("b") + ")"));
        List<String> out = new ArrayList<>(lines.stream().map(l -> l.replace(id, "V")).toList());
        out.sort(null);
        return out;
    }
}
