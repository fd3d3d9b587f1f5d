package io.cotasks.ingest.derive;

import io.cotasks.store.model.VideoGraph;

/**
 * Adds derived relations to a video's graph: spatial relation events computed from boxes
 * (source = derived) and Allen relations between all events of the video. Shared by the annotation
 * adapters and the perception pipeline.
 */
public final class RelationDerivation {

    private RelationDerivation() {
    }

    /** The graph with derived spatial events and temporal relations added. */
    public static VideoGraph enrich(VideoGraph graph) {
        // Filled in by the ingest work (issue 3): spatial events from boxes, then Allen relations.
        return graph;
    }
}
