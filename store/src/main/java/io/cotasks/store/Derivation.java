package io.cotasks.store;

import io.cotasks.store.model.VideoGraph;

/**
 * Computes a video's derived elements (derived spatial events, Allen relations) from its other elements.
 * The store calls it inside the write transaction, with everything a video holds after a unit replaced its
 * origin's part, when other origins' elements remain: derived elements are always those of the whole video.
 * The ingest passes its relation derivation; the store module cannot depend on it.
 */
@FunctionalInterface
public interface Derivation {

    /**
     * Keeps the written graph's own derived elements: the video's derived elements are replaced by those of
     * the graph, nothing is recomputed (for callers that write one origin per video).
     */
    Derivation NONE = graph -> graph;

    /**
     * The video's graph with its derived events and Allen relations.
     *
     * @param graph the video, its entities and boxes, and its events that are not derived; no temporal
     *              relations
     * @return a graph whose events with source {@code derived} and whose temporal relations are stored;
     *         its other elements are ignored
     */
    VideoGraph derive(VideoGraph graph);
}
