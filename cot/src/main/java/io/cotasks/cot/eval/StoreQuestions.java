package io.cotasks.cot.eval;

import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Schema;
import io.cotasks.store.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads NExT-QA questions back from the scene graph, where {@code cotasks ingest --source nextqa} put them. */
public final class StoreQuestions {

    private static final String QUERY = "MATCH (q:" + Schema.QUESTION + ") WHERE q." + Schema.DATASET + " IN $datasets "
            + "RETURN q." + Schema.DATASET + " AS dataset, q." + Schema.QID + " AS qid, q." + Schema.VIDEO_ID
            + " AS videoId, q." + Schema.TYPE + " AS type, q." + Schema.TEXT + " AS text, q." + Schema.CHOICES
            + " AS choices, q." + Schema.ANSWER + " AS answer, q." + Schema.ANSWER_INDEX + " AS answerIndex "
            + "ORDER BY videoId, qid";

    private StoreQuestions() {
    }

    /** The questions of these datasets (e.g. {@code nextqa-mc}), ordered by video and qid. */
    public static List<Question> read(SceneGraphStore store, List<String> datasets) {
        List<Question> questions = new ArrayList<>();
        for (Map<String, Object> row : store.query(QUERY, Map.of("datasets", datasets)).rows()) {
            Object choices = row.get("choices");
            Object index = row.get("answerIndex");
            questions.add(new Question((String) row.get("dataset"), String.valueOf(row.get("qid")),
                    String.valueOf(row.get("videoId")), (String) row.get("type"), (String) row.get("text"),
                    choices instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                    (String) row.get("answer"), index instanceof Number n ? n.intValue() : -1, List.of(), List.of()));
        }
        return questions;
    }
}
