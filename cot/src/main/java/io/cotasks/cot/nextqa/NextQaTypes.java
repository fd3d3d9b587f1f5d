package io.cotasks.cot.nextqa;

import io.cotasks.datasets.nextqa.NextQaType;
import io.cotasks.store.model.Question;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** The NExT-QA type of a stored question, and the order the reports list types in. */
final class NextQaTypes {

    private NextQaTypes() {
    }

    /** The question's type; the readers admit only NExT-QA's codes, so another code is a caller's mistake. */
    static NextQaType of(Question q) {
        return NextQaType.of(q.type()).orElseThrow(() -> new IllegalArgumentException(
                "question " + q.qid() + " of video " + q.videoId() + " has no NExT-QA type code: '" + q.type() + "'"));
    }

    /** An empty map whose types iterate in the alphabetical order of their codes (CH, CW, DC, ...), as reports list them. */
    static <V> Map<NextQaType, V> byCode() {
        return new TreeMap<>(Comparator.comparing(NextQaType::name));
    }
}
