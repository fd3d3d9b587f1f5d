package io.cotasks.cot.eval;

import io.cotasks.store.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JudgeTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            {'pred': 'yes', 'score': 4}                          | true  | 4.0
            {'pred': 'no', 'score': 0}                           | false | 0.0
            {"pred": "yes", "score": 5}                          | true  | 5.0
            {'pred': 'Yes', 'score': 4.8}                        | true  | 4.8
            ```python {'pred': 'no', 'score': 2} ```             | false | 2.0
            Here is my evaluation: {'score': 3, 'pred': 'yes'}   | true  | 3.0
            {'pred': 'yes', 'score': '4'}                        | true  | 4.0
            The prediction matches.                              | none  | none
            {'pred': 'maybe', 'score': 3}                        | none  | none
            {'pred': 'yes', 'score': 7}                          | none  | none
            {'pred': 'yes'}                                      | none  | none
            """)
    void readsTheVerdict(String reply, Boolean yes, Double score) {
        assertThat(Judge.parse(reply).orElse(null))
                .isEqualTo(yes == null ? null : new JudgeVerdict(yes, score));
    }

    @Test
    void asksWithTheStandardVideoQaPrompt() {
        Question q = new Question("nextqa-oe", "1", "2793806282", "CW",
                "why does the black dog have a blue vest around it s body", List.of(), "stay afloat", -1,
                List.of(), List.of());
        ChatPrompt prompt = Judge.prompt(q, " to keep warm ");

        assertThat(prompt.system()).startsWith("You are an intelligent chatbot designed for evaluating the "
                + "correctness of generative outputs for question-answer pairs.");
        assertThat(prompt.user()).startsWith("""
                Please evaluate the following video-based question-answer pair:

                Question: why does the black dog have a blue vest around it s body
                Correct Answer: stay afloat
                Predicted Answer: to keep warm

                Provide your evaluation only as a yes/no and score""");
        assertThat(prompt.user()).endsWith("{'pred': 'yes', 'score': 4}.");
        assertThat(prompt.video()).isEqualTo(new VideoInput.None());
    }
}
