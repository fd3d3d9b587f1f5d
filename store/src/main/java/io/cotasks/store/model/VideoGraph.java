package io.cotasks.store.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one source says about one video; written in one transaction.
 *
 * @param video       the video
 * @param origin      which adapter produced it (vidor, vidstg, star, video): content hashes are kept per origin
 * @param contentHash hash of the source content, so unchanged input can be skipped on re-ingest
 * @param entities    tracked objects
 * @param boxes       per-frame boxes of the entities
 * @param events      relation and action events (annotated, derived or detected)
 * @param temporal    Allen relations between events of this graph
 * @param captions    free-text captions and questions attached to the video (VidSTG), may be empty
 */
public record VideoGraph(Video video, String origin, String contentHash, List<Entity> entities, List<Box> boxes,
                         List<Event> events, List<TemporalRelation> temporal, List<String> captions) {

    public VideoGraph {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(origin, "origin");
        entities = List.copyOf(entities);
        boxes = List.copyOf(boxes);
        events = List.copyOf(events);
        temporal = List.copyOf(temporal);
        captions = List.copyOf(captions);
    }

    public VideoGraph withEvents(List<Event> newEvents, List<TemporalRelation> newTemporal) {
        return new VideoGraph(video, origin, contentHash, entities, boxes, newEvents, newTemporal, captions);
    }

    /** This graph recording {@code hash} as its content hash. */
    public VideoGraph withContentHash(String hash) {
        return new VideoGraph(video, origin, hash, entities, boxes, events, temporal, captions);
    }

    /** Nodes plus relationships this graph adds, the unit of the ingest benchmark. */
    public long elementCount() {
        // video + entities (+HAS_ENTITY) + boxes (IN_FRAME rel, frames shared) + events (+HAS_EVENT, SUBJECT, OBJECT)
        long frames = boxes.stream().mapToInt(Box::frame).distinct().count();
        long eventRels = events.stream().mapToLong(e -> e.objectTid() == null ? 2 : 3).sum();
        return 1 + 2L * entities.size() + frames + boxes.size() + events.size() + eventRels + temporal.size();
    }
}
