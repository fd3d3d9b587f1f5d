package io.cotasks.cot.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceParserTest {

    /** The options of NExT-QA val video 2793806282 qid 1 ("why does the black dog have a blue vest"). */
    private static final List<String> OPTIONS =
            List.of("attack black dog", "keep warm", "snatched the bone", "stay afloat", "want to join in");

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            D                                          | 3
            (D)                                        | 3
            D.                                         | 3
            D) stay afloat                             | 3
            **B**                                      | 1
            **Answer:** B                              | 1
            The answer is: D. stay afloat              | 3
            `C`                                        | 2
            "C"                                        | 2
            The answer is (D) stay afloat.             | 3
            The answer is D.                           | 3
            Answer: B                                  | 1
            Option E                                   | 4
            Best option: (A)                           | 0
            stay afloat                                | 3
            To stay afloat in the water.               | 3
            The dog wears it to keep warm              | 1
            Keep Warm                                  | 1
            A dog wears a vest to stay afloat          | 3
            I cannot tell from the video.              | none
            B or D                                     | none
            (B) and (D)                                | none
            F                                          | none
            keep warm and stay afloat                  | none
            ''                                         | none
            """)
    void findsTheChosenOption(String reply, Integer expected) {
        assertThat(ChoiceParser.parse(reply == null ? "" : reply, OPTIONS).stream().boxed().findFirst().orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sit on stairs | 1
            sit           | 0
            """)
    void prefersTheLongerOptionThatContainsAShorterOne(String reply, int expected) {
        assertThat(ChoiceParser.parse(reply, List.of("sit", "sit on stairs", "jump")))
                .hasValue(expected);
    }
}
