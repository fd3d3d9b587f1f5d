package io.cotasks.store.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one origin (a source file of an adapter, e.g. {@code vidor:11566930393.json}) says about one
 * video: the unit of replacement. Writing it replaces what that origin wrote before for the video, so a
 * changed file re-ingests to exactly its new content; elements another origin also wrote are kept.
 *
 * @param videoId   the video
 * @param origin    the origin, recorded on every element it writes and with the content hash
 * @param graph     the origin's graph of the video; null for a unit of questions only (its graph elements,
 *                  if any were written before, are then left alone)
 * @param questions the origin's questions about the video, possibly empty
 * @param withdraw  true when the origin no longer describes the video at all: everything it wrote there is
 *                  removed (the unit has no graph and no questions)
 */
public record UnitWrite(String videoId, String origin, VideoGraph graph, List<Question> questions, boolean withdraw) {

    public UnitWrite {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(origin, "origin");
        questions = List.copyOf(questions);
        if (graph != null && !graph.video().id().equals(videoId)) {
            throw new IllegalArgumentException("graph of video " + graph.video().id() + " in a unit of video " + videoId);
        }
        if (withdraw && (graph != null || !questions.isEmpty())) {
            throw new IllegalArgumentException("a withdrawal has no content");
        }
    }

    /** The graph (and questions) of {@code origin}, replacing what it wrote before. */
    public static UnitWrite of(String origin, VideoGraph graph, List<Question> questions) {
        return new UnitWrite(graph.video().id(), origin, graph, questions, false);
    }

    /** Questions only, replacing the questions {@code origin} wrote before about the video. */
    public static UnitWrite questions(String videoId, String origin, List<Question> questions) {
        return new UnitWrite(videoId, origin, null, questions, false);
    }

    /** Removes everything {@code origin} wrote about the video. */
    public static UnitWrite withdrawal(String videoId, String origin) {
        return new UnitWrite(videoId, origin, null, List.of(), true);
    }

    /** True when the unit replaces the origin's graph elements (a graph or a withdrawal). */
    public boolean replacesGraph() {
        return graph != null || withdraw;
    }
}
