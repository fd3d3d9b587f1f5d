package io.cotasks.cot.eval;

import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.read.GraphReads;
import io.cotasks.store.model.Question;

import java.util.List;

/** Reads NExT-QA questions back from the scene graph, where {@code cotasks ingest --source nextqa} put them. */
public final class StoreQuestions {

    private StoreQuestions() {
    }

    /** The questions of these datasets (e.g. {@code nextqa-mc}), ordered by video and qid. */
    public static List<Question> read(SceneGraphStore store, List<String> datasets) {
        return GraphReads.questions(store, datasets);
    }
}
