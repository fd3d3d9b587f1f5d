package io.cotasks.cot.eval;

import io.cotasks.cot.CotGenerator;
import io.cotasks.store.model.Question;

/** The CoT text embedded before a question in the CoT run. */
@FunctionalInterface
public interface CotSource {

    String cotText(Question question);

    /** The CoT exported by the {@link CotGenerator} of the project. */
    static CotSource of(CotGenerator generator) {
        return question -> generator.generate(question).text();
    }
}
