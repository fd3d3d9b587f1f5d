package io.cotasks.ingest.bench;

import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.UnitContent;
import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.util.List;

/**
 * Real videos replicated under new ids ({@code <id>~r<k>}) for the scaled benchmark. A replica unit hashes
 * the original's content afresh (the runner asks once, and the new id never matches a stored hash, so
 * nothing is skipped), runs the original unit's whole load (parsing and derivation) on the worker, then
 * renames the graph and records the hash with it, so the scaled run measures the same work per video as a
 * real ingest.
 */
final class Replicas {

    private Replicas() {
    }

    static IngestUnit of(IngestUnit original, int k) {
        String id = original.videoId() + "~r" + k;
        return new IngestUnit() {
            @Override
            public String videoId() {
                return id;
            }

            @Override
            public String location() {
                return original.location() + " (replica " + k + ")";
            }

            /**
             * An origin of its own: a replica is not what the original's file describes, and a later batch of
             * replicas must not withdraw the file's earlier ones as videos it no longer describes.
             */
            @Override
            public String origin() {
                return original.origin() + "@" + id;
            }

            @Override
            public String contentHash() {
                return original.contentHash();
            }

            @Override
            public UnitContent load(String contentHash) {
                UnitContent content = original.load(contentHash);
                VideoGraph graph = rename(content.graph(), "~r" + k).withContentHash(contentHash);
                return new UnitContent(graph, content.graphOnlyIfAbsent(), List.of());
            }
        };
    }

    static VideoGraph rename(VideoGraph g, String suffix) {
        Video v = g.video();
        String id = v.id() + suffix;
        Video video = new Video(id, v.dataset(), v.fps(), v.frameCount(), v.width(), v.height());
        List<Entity> entities = g.entities().stream()
                .map(e -> new Entity(id, e.trackId(), e.category(), e.source(), e.confidence())).toList();
        List<Box> boxes = g.boxes();
        List<Event> events = g.events().stream().map(e -> new Event(id, e.predicate(), e.kind(), e.subjectTid(),
                e.objectTid(), e.begin(), e.end(), e.source(), e.confidence(), e.label())).toList();
        String from = v.id() + "#";
        List<TemporalRelation> temporal = g.temporal().stream().map(t -> new TemporalRelation(
                id + "#" + t.fromUid().substring(from.length()), t.relation(), id + "#" + t.toUid().substring(from.length())))
                .toList();
        return new VideoGraph(video, g.origin(), null, entities, boxes, events, temporal, g.captions());
    }
}
