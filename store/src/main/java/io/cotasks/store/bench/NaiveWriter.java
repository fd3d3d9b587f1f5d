package io.cotasks.store.bench;

import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.VideoGraph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The naive baseline: the same nodes and relationships as {@code writeVideo}, but each one in its own
 * auto-commit transaction through {@link SceneGraphStore#write}. Stops after {@code limit} elements. It lives
 * in {@code store} because it writes Cypher; the ingest benchmark compares it with the real write path.
 */
public final class NaiveWriter {

    private final SceneGraphStore store;
    private final long limit;
    private long written;

    public NaiveWriter(SceneGraphStore store, long limit) {
        this.store = store;
        this.limit = limit;
    }

    /** Writes {@code graph} element by element until the limit; returns the elements written so far. */
    public long write(VideoGraph graph) {
        String vid = graph.video().id();
        one("MERGE (v:Video {id: $id}) SET v.fps = $fps, v.frameCount = $n", Map.of("id", vid,
                "fps", graph.video().fps(), "n", graph.video().frameCount()));
        for (Entity e : graph.entities()) {
            one("MERGE (e:Entity {uid: $uid}) SET e.videoId = $id, e.trackId = $t, e.category = $c",
                    Map.of("uid", e.uid(), "id", vid, "t", e.trackId(), "c", e.category()));
            one("MATCH (v:Video {id: $id}), (e:Entity {uid: $uid}) MERGE (v)-[:HAS_ENTITY]->(e)",
                    Map.of("id", vid, "uid", e.uid()));
        }
        Set<Integer> frames = new HashSet<>();
        for (Box b : graph.boxes()) {
            String frame = vid + "#" + b.frame();
            if (frames.add(b.frame())) {
                one("MERGE (f:Frame {uid: $uid}) SET f.videoId = $id, f.index = $i",
                        Map.of("uid", frame, "id", vid, "i", b.frame()));
            }
            Map<String, Object> p = new HashMap<>();
            p.put("e", Entity.uid(vid, b.trackId()));
            p.put("f", frame);
            p.put("x1", b.x1());
            p.put("y1", b.y1());
            p.put("x2", b.x2());
            p.put("y2", b.y2());
            one("MATCH (e:Entity {uid: $e}), (f:Frame {uid: $f}) "
                    + "CREATE (e)-[:IN_FRAME {x1: $x1, y1: $y1, x2: $x2, y2: $y2}]->(f)", p);
        }
        for (Event e : graph.events()) {
            one("MERGE (ev:Event {uid: $uid}) SET ev.predicate = $p, ev.begin = $b, ev.end = $e",
                    Map.of("uid", e.uid(), "p", e.predicate(), "b", e.begin(), "e", e.end()));
            one("MATCH (v:Video {id: $id}), (ev:Event {uid: $uid}) MERGE (v)-[:HAS_EVENT]->(ev)",
                    Map.of("id", vid, "uid", e.uid()));
            one("MATCH (ev:Event {uid: $uid}), (s:Entity {uid: $s}) MERGE (ev)-[:SUBJECT]->(s)",
                    Map.of("uid", e.uid(), "s", Entity.uid(vid, e.subjectTid())));
        }
        return written;
    }

    private void one(String cypher, Map<String, Object> params) {
        if (written < limit) {
            store.write(cypher, params);
            written++;
        }
    }

    public long written() {
        return written;
    }
}
