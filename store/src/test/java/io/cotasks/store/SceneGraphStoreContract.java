package io.cotasks.store;

import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.Span;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.UnitWrite;
import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SceneGraphStore} backend must do, run against the embedded database and against Bolt.
 * Subclasses open one store per class. Tests use their own video ids, so they do not depend on each other.
 */
public abstract class SceneGraphStoreContract {

    /** The store under test, opened once per class. */
    protected abstract SceneGraphStore store();

    private Map<String, Object> one(String cypher, Map<String, Object> params) {
        QueryResult result = store().query(cypher, params);
        assertThat(result.rows()).hasSize(1);
        return result.rows().get(0);
    }

    private Map<String, Object> countsOf(String videoId) {
        return one("""
                MATCH (v:Video {id: $id})
                RETURN COUNT { (v)-[:HAS_ENTITY]->() } AS entities,
                       COUNT { (:Frame {videoId: $id}) } AS frames,
                       COUNT { (v)-[:HAS_ENTITY]->()-[:IN_FRAME]->() } AS boxes,
                       COUNT { (v)-[:HAS_EVENT]->() } AS events,
                       COUNT { (v)-[:HAS_EVENT]->()-[:SUBJECT]->() } AS subjects,
                       COUNT { (v)-[:HAS_EVENT]->()-[:OBJECT]->() } AS objects,
                       COUNT { (v)-[:HAS_EVENT]->(:Event)-[:BEFORE]->() } AS before,
                       COUNT { (v)-[:HAS_EVENT]->(:Event)-[:DURING]->() } AS during,
                       COUNT { (v)-[:HAS_EVENT]->(:Event)-[:STARTS|OVERLAPS|FINISHES|EQUALS|MEETS]->() } AS otherAllen
                """, Map.of("id", videoId));
    }

    @Test
    void writingTheRealVidorGraphTwiceLeavesIdenticalStats() {
        VideoGraph graph = TestGraphs.vidorAs("twice-" + getClass().getSimpleName());
        StoreStats before = store().stats();
        store().writeVideo(graph);
        StoreStats once = store().stats();
        store().writeVideo(graph);
        StoreStats twice = store().stats();

        assertThat(twice).isEqualTo(once);
        assertThat(once.label(Schema.VIDEO) - before.label(Schema.VIDEO)).isEqualTo(1);
        assertThat(once.label(Schema.ENTITY) - before.label(Schema.ENTITY)).isEqualTo(3);
        assertThat(once.label(Schema.FRAME) - before.label(Schema.FRAME)).isEqualTo(872);
        assertThat(once.type(Schema.IN_FRAME) - before.type(Schema.IN_FRAME)).isEqualTo(2249);
        assertThat(once.label(Schema.EVENT) - before.label(Schema.EVENT)).isEqualTo(15);
        assertThat(once.type("BEFORE") - before.type("BEFORE")).isEqualTo(44);
        assertThat(countsOf(graph.video().id())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "entities", 3L, "frames", 872L, "boxes", 2249L, "events", 15L, "subjects", 15L, "objects", 15L,
                "before", 44L, "during", 29L, "otherAllen", 32L));
    }

    @Test
    void writersRacingOnTheSameNewVideoLeaveOneCopyOfIt() throws Exception {
        VideoGraph graph = TestGraphs.vidorAs("race-" + getClass().getSimpleName());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<WriteSummary>> writes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                writes.add(pool.submit(() -> {
                    start.await();
                    return store().writeVideo(graph);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<WriteSummary> w : writes) {
                assertThat(w.get().elements()).isEqualTo(3293L);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(one("MATCH (v:Video {id: $id}) RETURN count(v) AS n", Map.of("id", graph.video().id())))
                .containsEntry("n", 1L);
        assertThat(countsOf(graph.video().id())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "entities", 3L, "frames", 872L, "boxes", 2249L, "events", 15L, "subjects", 15L, "objects", 15L,
                "before", 44L, "during", 29L, "otherAllen", 32L));
    }

    @Test
    void aSecondWriteMergesNewEventsIntoTheExistingGraph() {
        VideoGraph graph = TestGraphs.vidorAs("merge-" + getClass().getSimpleName());
        store().writeVideo(graph);
        List<Event> events = new ArrayList<>(graph.events());
        Event extra = Event.annotated(graph.video().id(), "touch", PredicateKind.CONTACT, 0, 1, 10, 20);
        events.add(extra);
        List<TemporalRelation> temporal = new ArrayList<>(graph.temporal());
        temporal.add(TemporalRelation.between(extra, graph.events().get(0)));
        store().writeVideo(graph.withEvents(events, temporal));

        Map<String, Object> counts = countsOf(graph.video().id());
        assertThat(counts).containsEntry("events", 16L).containsEntry("boxes", 2249L).containsEntry("entities", 3L);
        assertThat(one("MATCH (e:Event {uid: $uid})-[:OBJECT]->(o:Entity) RETURN e.predicate AS p, o.category AS c,"
                + " e.beginSec AS b", Map.of("uid", extra.uid())))
                .containsEntry("p", "touch").containsEntry("c", "toy").containsEntry("b", 10 / 29.97);
    }

    @Test
    void propertiesFollowTheSchemaAsPlainJavaValues() {
        VideoGraph graph = TestGraphs.vidorAs("props-" + getClass().getSimpleName());
        store().writeVideo(graph);
        Map<String, Object> row = one("""
                MATCH (v:Video {id: $id})-[:HAS_ENTITY]->(e:Entity {trackId: 0})-[b:IN_FRAME]->(f:Frame {index: 0})
                RETURN v AS video, e AS entity, b AS box, f.uid AS frame, [1, 2.5, 'x', true] AS list,
                       {a: 1} AS map
                """, Map.of("id", graph.video().id()));
        assertThat(row.get("video")).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> video = (Map<String, Object>) row.get("video");
        assertThat(video).containsEntry("id", graph.video().id()).containsEntry("dataset", "vidor")
                .containsEntry("fps", 29.97).containsEntry("frameCount", 872L).containsEntry("width", 640L)
                .containsEntry("height", 480L).containsEntry("contentHashes", List.of("vidor=sha-test-872"));
        assertThat(video).containsEntry("origins", List.of("vidor"));
        assertThat(row.get("entity")).isEqualTo(Map.of("uid", graph.video().id() + "#0", "videoId",
                graph.video().id(), "trackId", 0L, "category", "child", "source", "annotation", "confidence", 1.0,
                "origins", List.of(0L)));
        assertThat(row.get("box")).isEqualTo(Map.of("x1", 98.0, "y1", 0.0, "x2", 423.0, "y2", 369.0,
                "frame", 0L, "time", 0.0, "generated", false, "confidence", 1.0, "origins", List.of(0L)));
        assertThat(row.get("frame")).isEqualTo(graph.video().id() + "#0");
        assertThat(row.get("list")).isEqualTo(List.of(1L, 2.5, "x", true));
        assertThat(row.get("map")).isEqualTo(Map.of("a", 1L));
    }

    @Test
    void eventsCarryTheirIntervalInFramesAndSecondsAndTheirTracks() {
        VideoGraph graph = TestGraphs.vidorAs("events-" + getClass().getSimpleName());
        store().writeVideo(graph);
        List<Map<String, Object>> rows = store().query("""
                MATCH (:Video {id: $id})-[:HAS_EVENT]->(e:Event {predicate: 'watch'})-[:SUBJECT]->(s:Entity)
                RETURN e.begin AS begin, e.end AS end, e.endSec AS endSec, e.kind AS kind, e.source AS source,
                       e.subjectTid AS subjectTid, e.objectTid AS objectTid, s.category AS subject
                ORDER BY begin
                """, Map.of("id", graph.video().id())).rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("begin", 0L).containsEntry("end", 189L)
                .containsEntry("endSec", 189 / 29.97).containsEntry("kind", "attention")
                .containsEntry("source", "annotation").containsEntry("subjectTid", 0L)
                .containsEntry("objectTid", 2L).containsEntry("subject", "child");
        assertThat(rows.get(1)).containsEntry("begin", 308L).containsEntry("end", 344L);
    }

    @Test
    void allenRelationsAreStoredInCanonicalDirection() {
        VideoGraph graph = TestGraphs.vidorAs("allen-" + getClass().getSimpleName());
        store().writeVideo(graph);
        Map<String, Object> row = one("""
                MATCH (:Video {id: $id})-[:HAS_EVENT]->(a:Event)-[r]->(b:Event)
                RETURN count(r) AS n,
                       sum(CASE WHEN type(r) = 'BEFORE' AND NOT a.end < b.begin THEN 1 ELSE 0 END) AS wrongBefore,
                       sum(CASE WHEN type(r) = 'DURING' AND NOT (a.begin > b.begin AND a.end < b.end) THEN 1 ELSE 0 END)
                         AS wrongDuring
                """, Map.of("id", graph.video().id()));
        assertThat(row).containsEntry("n", 105L).containsEntry("wrongBefore", 0L).containsEntry("wrongDuring", 0L);
    }

    @Test
    void contentHashesAreKeptPerOrigin() {
        VideoGraph graph = TestGraphs.vidorAs("hash-" + getClass().getSimpleName());
        String id = graph.video().id();
        assertThat(store().contentHash(id, "vidor")).isEmpty();
        store().writeVideo(graph);
        assertThat(store().contentHash(id, "vidor")).contains("sha-test-872");
        VideoGraph vidstg = new VideoGraph(graph.video(), "vidstg", "abc", graph.entities(), List.of(), List.of(),
                List.of(), List.of("a child holds a toy."));
        store().writeVideo(vidstg);
        store().writeVideo(new VideoGraph(graph.video(), "vidor", "changed", List.of(), List.of(), List.of(),
                List.of(), List.of()));
        assertThat(store().contentHash(id, "vidor")).contains("changed");
        assertThat(store().contentHash(id, "vidstg")).contains("abc");
        assertThat(store().contentHash(id, "star")).isEmpty();
        assertThat(one("MATCH (v:Video {id: $id}) RETURN v.captions AS c", Map.of("id", id)))
                .containsEntry("c", List.of("a child holds a toy."));
    }

    /** Allen relations between every pair of the graph's events, as the ingest's derivation would add them. */
    static final Derivation ALLEN = g -> g.withEvents(g.events(), TestGraphs.allen(g.events()));

    /**
     * Origin X writes the real graph, origin Y two of its entities, one of its events and one of its own;
     * then X writes a changed graph: its first five events gone, track 1 gone (entity, boxes, events). Returns
     * the changed graph.
     */
    static VideoGraph replaceOneOfTwoOrigins(SceneGraphStore store, String id) {
        VideoGraph v1 = TestGraphs.vidorAs(id);
        Event own = Event.annotated(id, "hold", PredicateKind.CONTACT, 0, 2, 400, 420);
        VideoGraph other = new VideoGraph(v1.video(), "y", "hash-y", v1.entities().stream()
                .filter(e -> e.trackId() != 1).toList(), List.of(), List.of(v1.events().get(0), own), List.of(),
                List.of());
        store.writeUnits(List.of(UnitWrite.of("x", v1, List.of())), ALLEN);
        store.writeUnits(List.of(UnitWrite.of("y", ALLEN.derive(other), List.of())), ALLEN);
        VideoGraph v2 = changedVersion(v1);
        store.writeUnits(List.of(UnitWrite.of("x", v2, List.of())), ALLEN);
        return v2;
    }

    static VideoGraph changedVersion(VideoGraph v1) {
        List<io.cotasks.store.model.Entity> entities = v1.entities().stream().filter(e -> e.trackId() != 1).toList();
        List<Event> events = v1.events().subList(5, v1.events().size()).stream()
                .filter(e -> e.subjectTid() != 1 && !Integer.valueOf(1).equals(e.objectTid())).toList();
        return new VideoGraph(v1.video(), "x", "hash-x2", entities, v1.boxes().stream().filter(b -> b.trackId() != 1)
                .toList(), events, TestGraphs.allen(events), List.of());
    }

    @Test
    void aChangedGraphReplacesExactlyWhatItsOriginWroteAndKeepsWhatAnotherOriginWrote() {
        String id = "replace-" + getClass().getSimpleName();
        String freshId = "fresh-" + getClass().getSimpleName();
        VideoGraph v2 = replaceOneOfTwoOrigins(store(), id);
        VideoGraph v1 = TestGraphs.vidorAs(freshId);
        VideoGraph other = new VideoGraph(v1.video(), "y", "hash-y", v1.entities().stream()
                .filter(e -> e.trackId() != 1).toList(), List.of(), List.of(v1.events().get(0),
                Event.annotated(freshId, "hold", PredicateKind.CONTACT, 0, 2, 400, 420)), List.of(), List.of());
        store().writeUnits(List.of(UnitWrite.of("x", changedVersion(v1), List.of())), ALLEN);
        store().writeUnits(List.of(UnitWrite.of("y", ALLEN.derive(other), List.of())), ALLEN);

        List<String> replaced = videoDump(id);
        List<String> fresh = videoDump(freshId);
        assertThat(replaced.stream().filter(line -> !fresh.contains(line))).as("only after the replacement").isEmpty();
        assertThat(fresh.stream().filter(line -> !replaced.contains(line))).as("only in the fresh video").isEmpty();
        assertThat(replaced).hasSameSizeAs(fresh);
        assertThat(countsOf(id)).containsEntry("entities", 2L).containsEntry("boxes", 1744L)
                .containsEntry("events", (long) v2.events().size() + 2);
        assertThat(one("MATCH (e:Event {uid: $uid}) RETURN e.origins AS o", Map.of("uid", v1.events().get(0).uid()
                .replace(freshId, id)))).containsEntry("o", List.of(1L));
        assertThat(one("MATCH (e:Entity {uid: $uid}) RETURN e.origins AS o, e.category AS c", Map.of("uid", id + "#0")))
                .containsEntry("o", List.of(0L, 1L)).containsEntry("c", "child");
    }

    @Test
    void anOriginThatNoLongerDescribesAVideoTakesEverythingItWroteWithIt() {
        String id = "withdraw-" + getClass().getSimpleName();
        VideoGraph graph = TestGraphs.vidorAs(id);
        Question q = new Question("star", "Interaction_T1_1", id, "Interaction", "What did the person hold?",
                List.of("The toy.", "The dog."), "The toy.", 0, List.of(), List.of());
        StoreStats before = store().stats();
        store().writeUnits(List.of(UnitWrite.of("x", graph, List.of(q))), ALLEN);
        store().writeUnits(List.of(UnitWrite.withdrawal(id, "x")), ALLEN);
        assertThat(store().stats()).isEqualTo(before);
    }

    /**
     * Every node and relationship of one video as text, with the video id blanked, sorted; a video's content
     * hashes as a set (their order is the order origins last wrote in).
     */
    @SuppressWarnings("unchecked")
    List<String> videoDump(String id) {
        List<String> lines = new ArrayList<>();
        store().query("MATCH (n) WHERE n.videoId = $id OR n.id = $id RETURN labels(n) AS l, n AS p",
                Map.of("id", id)).rows().forEach(r -> {
                    Map<String, Object> p = new java.util.TreeMap<>((Map<String, Object>) r.get("p"));
                    p.computeIfPresent(Schema.CONTENT_HASHES, (k, v) -> new java.util.TreeSet<>((List<?>) v).toString());
                    lines.add((r.get("l") + " " + p).replace(id, "ID"));
                });
        store().query("""
                MATCH (a)-[r]->(b) WHERE a.videoId = $id OR a.id = $id
                RETURN type(r) AS t, r AS p, coalesce(a.uid, a.id) AS a, coalesce(b.uid, b.id) AS b
                """, Map.of("id", id)).rows().forEach(r -> lines.add(r.toString().replace(id, "ID")));
        return lines.stream().sorted().toList();
    }

    @Test
    void anEventNamingAMissingTrackRollsBackTheWholeVideo() {
        VideoGraph graph = TestGraphs.vidorAs("bad-" + getClass().getSimpleName());
        List<Event> events = new ArrayList<>(graph.events());
        events.add(Event.annotated(graph.video().id(), "hold", PredicateKind.CONTACT, 0, 9, 0, 5));
        StoreStats before = store().stats();

        assertThatThrownBy(() -> store().writeVideo(graph.withEvents(events, List.of())))
                .isInstanceOf(CotasksException.class)
                .hasMessage("video bad-" + getClass().getSimpleName()
                        + ": 1 event(s) name a subject or object track that is not an entity of the video");
        assertThat(store().stats()).isEqualTo(before);
    }

    @Test
    void boxesOfATrackThatIsNotAnEntityRollBackTheWholeVideo() {
        VideoGraph graph = TestGraphs.vidorAs("orphan-" + getClass().getSimpleName());
        List<io.cotasks.store.model.Box> boxes = new ArrayList<>(graph.boxes());
        boxes.add(new io.cotasks.store.model.Box(9, 3, 1, 1, 20, 20, false, 1.0));
        boxes.add(new io.cotasks.store.model.Box(9, 4, 1, 1, 20, 20, false, 1.0));
        VideoGraph bad = new VideoGraph(graph.video(), graph.origin(), graph.contentHash(), graph.entities(), boxes,
                graph.events(), graph.temporal(), graph.captions());
        StoreStats before = store().stats();

        assertThatThrownBy(() -> store().writeVideo(bad))
                .isInstanceOf(CotasksException.class)
                .hasMessage("video orphan-" + getClass().getSimpleName()
                        + ": 2 box(es) belong to a track that is not an entity of the video");
        assertThat(store().stats()).isEqualTo(before);
    }

    @Test
    void aTemporalRelationNamingAnUnknownEventRollsBackTheWholeVideo() {
        VideoGraph graph = TestGraphs.vidorAs("badallen-" + getClass().getSimpleName());
        List<TemporalRelation> temporal = new ArrayList<>(graph.temporal());
        temporal.add(new TemporalRelation(graph.events().get(0).uid(), io.cotasks.store.model.AllenRelation.BEFORE,
                "no-such-event"));
        StoreStats before = store().stats();

        assertThatThrownBy(() -> store().writeVideo(graph.withEvents(graph.events(), temporal)))
                .isInstanceOf(CotasksException.class)
                .hasMessage("video badallen-" + getClass().getSimpleName()
                        + ": 1 temporal relation(s) name an event that is not in the graph");
        assertThat(store().stats()).isEqualTo(before);
    }

    @Test
    void severalVideosAndTheirQuestionsInOneTransactionAreWrittenAllOrNone() {
        String prefix = "batch-" + getClass().getSimpleName() + "-";
        VideoGraph first = TestGraphs.vidorAs(prefix + "1");
        VideoGraph second = TestGraphs.vidorAs(prefix + "2");
        VideoGraph bad = TestGraphs.vidorAs(prefix + "bad");
        List<Event> events = new ArrayList<>(bad.events());
        events.add(Event.annotated(bad.video().id(), "hold", PredicateKind.CONTACT, 0, 9, 0, 5));
        Question question = new Question("star", "Interaction_T1_1", second.video().id(), "Interaction",
                "What did the person hold?", List.of("The toy.", "The dog."), "The toy.", 0, List.of(), List.of());
        StoreStats before = store().stats();

        assertThatThrownBy(() -> store().writeVideos(List.of(first, bad.withEvents(events, List.of()), second),
                List.of(question)))
                .isInstanceOf(CotasksException.class)
                .hasMessageEndingWith("1 event(s) name a subject or object track that is not an entity of the video");
        assertThat(store().stats()).isEqualTo(before);

        WriteSummary written = store().writeVideos(List.of(first, second), List.of(question));
        assertThat(written.elements()).isEqualTo(2 * 3293L + 2);
        StoreStats after = store().stats();
        assertThat(after.label(Schema.VIDEO) - before.label(Schema.VIDEO)).isEqualTo(2);
        assertThat(after.label(Schema.QUESTION) - before.label(Schema.QUESTION)).isEqualTo(1);
        assertThat(after.type(Schema.IN_FRAME) - before.type(Schema.IN_FRAME)).isEqualTo(2 * 2249);
        assertThat(countsOf(second.video().id())).containsEntry("events", 15L).containsEntry("boxes", 2249L);
        assertThat(one("MATCH (q:Question {uid: $uid})-[:ABOUT]->(v:Video) RETURN v.id AS v, v.frameCount AS n",
                Map.of("uid", question.uid()))).containsEntry("v", second.video().id()).containsEntry("n", 872L);
    }

    @Test
    void questionsAreMergedOnTheirUidAndLinkedToTheirVideo() {
        String video = "q-" + getClass().getSimpleName();
        Question q = new Question("nextqa-mc", "4", video, "TN", "what does the child do after holding the toy?",
                List.of("cry", "run", "watch the toy", "sleep", "eat"), "watch the toy", 2,
                List.of(new Span(1.5, 3.0)), List.of());
        StoreStats before = store().stats();
        store().writeQuestions(List.of(q));
        store().writeQuestions(List.of(q));
        StoreStats after = store().stats();
        assertThat(after.label(Schema.QUESTION) - before.label(Schema.QUESTION)).isEqualTo(1);
        assertThat(after.type(Schema.ABOUT) - before.type(Schema.ABOUT)).isEqualTo(1);
        assertThat(one("MATCH (q:Question)-[:ABOUT]->(v:Video {id: $id}) RETURN q, v.dataset AS dataset",
                Map.of("id", video)))
                .containsEntry("dataset", "nextqa")
                .extractingByKey("q").isEqualTo(Map.ofEntries(Map.entry("uid", "nextqa-mc#" + video + "#4"),
                        Map.entry("dataset", "nextqa-mc"), Map.entry("qid", "4"), Map.entry("videoId", video),
                        Map.entry("origins", List.of(0L)),
                        Map.entry("type", "TN"), Map.entry("text", q.text()), Map.entry("choices", q.choices()),
                        Map.entry("answer", "watch the toy"), Map.entry("answerIndex", 2L),
                        Map.entry("spans", List.of(1.5, 3.0)), Map.entry("program", List.of())));
    }

    @Test
    void queryRefusesWritesAndReportsCypherErrorsAsQueryErrors() {
        assertThatThrownBy(() -> store().query("CREATE (:Video {id: 'sneaky'})", Map.of()))
                .isInstanceOf(CotasksException.class)
                .hasMessage("not a read-only query (it would write): use write() for updates")
                .extracting(e -> ((CotasksException) e).kind()).isEqualTo(CotasksException.QUERY);
        assertThat(store().query("MATCH (v:Video {id: 'sneaky'}) RETURN v", Map.of()).rows()).isEmpty();
        assertThatThrownBy(() -> store().query("MATCH (n RETURN n", Map.of()))
                .isInstanceOf(CotasksException.class)
                .satisfies(e -> assertThat(((CotasksException) e).kind()).isEqualTo(CotasksException.QUERY))
                .hasMessageContaining("Invalid input")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void readsTogetherReturnWhatSeparateReadsReturnAndStillRefuseWrites() {
        String id = "together-" + getClass().getSimpleName();
        store().write("MERGE (v:Video {id: $id}) SET v.dataset = 'video'", Map.of("id", id));
        String cypher = "MATCH (v:Video {id: $id}) RETURN v.dataset AS d";
        QueryResult alone = store().query(cypher, Map.of("id", id));
        List<QueryResult> together = store().readTogether(() -> List.of(store().query(cypher, Map.of("id", id)),
                store().readTogether(() -> store().query(cypher, Map.of("id", id)))));
        assertThat(together).extracting(QueryResult::rows).containsExactly(alone.rows(), alone.rows());
        assertThatThrownBy(() -> store().readTogether(() -> store().query("CREATE (:Video {id: 'sneaky2'})", Map.of())))
                .isInstanceOf(CotasksException.class)
                .hasMessage("not a read-only query (it would write): use write() for updates");
        assertThatThrownBy(() -> store().readTogether(() -> {
            throw new IllegalStateException("work failed");
        })).hasMessage("work failed");
        assertThat(store().query("MATCH (v:Video {id: 'sneaky2'}) RETURN v", Map.of()).rows()).isEmpty();
        assertThat(store().readTogether(() -> store().query(cypher, Map.of("id", id))).rows()).isEqualTo(alone.rows());
    }

    @Test
    void writeCommitsAndProfileCountsDbHits() {
        QueryResult created = store().write("MERGE (v:Video {id: $id}) SET v.dataset = 'video' RETURN v.id AS id",
                Map.of("id", "w-" + getClass().getSimpleName()));
        assertThat(created.rows()).containsExactly(Map.of("id", "w-" + getClass().getSimpleName()));
        QueryResult profiled = store().profile("MATCH (v:Video {id: $id}) RETURN v.dataset AS d",
                Map.of("id", "w-" + getClass().getSimpleName()));
        assertThat(profiled.rows()).containsExactly(Map.of("d", "video"));
        assertThat(profiled.dbHits()).isPositive();
        assertThat(store().query("RETURN 1 AS one", Map.of()).dbHits()).isEqualTo(-1);
    }

    @Test
    void schemaConstraintsAndIndexesExist() {
        List<Object> names = store().query("SHOW INDEXES YIELD name RETURN name ORDER BY name", Map.of()).rows()
                .stream().map(r -> r.get("name")).toList();
        assertThat(names).contains("video_id", "entity_uid", "frame_uid", "event_uid", "question_uid",
                "entity_video", "event_predicate", "question_video", "video_dataset");
        List<Object> states = store().query("SHOW INDEXES YIELD state RETURN DISTINCT state", Map.of()).rows()
                .stream().map(r -> r.get("state")).toList();
        assertThat(states).containsExactly("ONLINE");
    }

    @Test
    void statsListEverySchemaLabelAndType() {
        StoreStats stats = store().stats();
        assertThat(stats.labels()).containsKeys(Schema.LABELS.toArray(String[]::new));
        assertThat(stats.relationshipTypes()).containsKeys(Schema.RELATIONSHIP_TYPES.toArray(String[]::new));
    }
}
