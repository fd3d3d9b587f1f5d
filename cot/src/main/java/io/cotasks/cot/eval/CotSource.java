package io.cotasks.cot.eval;

import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.store.model.Question;

/** The CoT text embedded before a question in the CoT run. */
@FunctionalInterface
public interface CotSource {

    String cotText(Question question);

    /**
     * The CoT text of the project's {@link CotGenerator}. The generator is not thread-safe, so calls are
     * serialized; generating a CoT takes milliseconds next to the model's seconds.
     */
    static CotSource of(CotGenerator generator) {
        return question -> {
            synchronized (generator) {
                return generator.generate(question).text();
            }
        };
    }
}
