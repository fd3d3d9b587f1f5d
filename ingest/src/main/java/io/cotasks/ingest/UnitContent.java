package io.cotasks.ingest;

import io.cotasks.store.model.Question;
import io.cotasks.store.model.VideoGraph;

import java.util.List;
import java.util.Set;

/**
 * What a unit loads to.
 *
 * @param graph            the video's graph, or null when the unit has only questions
 * @param graphOnlyIfAbsent true when the graph is a bare video (NExT-QA frame count and size) that must
 *                         not overwrite a video already in the store
 * @param questions        questions about the video, possibly empty
 * @param unmappedLabels   label ids the source's vocabulary does not know, with their kind ({@code object o999},
 *                         {@code action c999}): the graph keeps them as written, and the ingest summary counts them
 */
public record UnitContent(VideoGraph graph, boolean graphOnlyIfAbsent, List<Question> questions,
                          Set<String> unmappedLabels) {

    public UnitContent {
        questions = List.copyOf(questions);
        unmappedLabels = Set.copyOf(unmappedLabels);
    }

    /** Content whose labels all have a mapping. */
    public UnitContent(VideoGraph graph, boolean graphOnlyIfAbsent, List<Question> questions) {
        this(graph, graphOnlyIfAbsent, questions, Set.of());
    }

    public static UnitContent of(VideoGraph graph) {
        return new UnitContent(graph, false, List.of());
    }

    public static UnitContent of(VideoGraph graph, List<Question> questions) {
        return new UnitContent(graph, false, questions);
    }

    /** A graph and its questions, with the label ids that had no mapping. */
    public static UnitContent of(VideoGraph graph, List<Question> questions, Set<String> unmappedLabels) {
        return new UnitContent(graph, false, questions, unmappedLabels);
    }
}
