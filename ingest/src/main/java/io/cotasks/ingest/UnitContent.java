package io.cotasks.ingest;

import io.cotasks.store.model.Question;
import io.cotasks.store.model.VideoGraph;

import java.util.List;

/**
 * What a unit loads to.
 *
 * @param graph            the video's graph, or null when the unit has only questions
 * @param graphOnlyIfAbsent true when the graph is a bare video (NExT-QA frame count and size) that must
 *                         not overwrite a video already in the store
 * @param questions        questions about the video, possibly empty
 */
public record UnitContent(VideoGraph graph, boolean graphOnlyIfAbsent, List<Question> questions) {

    public UnitContent {
        questions = List.copyOf(questions);
    }

    public static UnitContent of(VideoGraph graph) {
        return new UnitContent(graph, false, List.of());
    }

    public static UnitContent of(VideoGraph graph, List<Question> questions) {
        return new UnitContent(graph, false, questions);
    }
}
