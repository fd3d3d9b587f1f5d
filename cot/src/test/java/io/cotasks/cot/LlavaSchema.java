package io.cotasks.cot;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What LLaVA-NeXT's {@code LazySupervisedDataset} requires of a video record: a string {@code id} and
 * {@code video}, {@code conversations} of {@code {"from", "value"}} turns alternating human and gpt from the
 * first turn ({@code preprocess_*} asserts {@code role == conv.roles[j % 2]}), and the image token exactly
 * once, at the start of the first human turn ({@code preprocess_multimodal} moves it there and the frames
 * replace it).
 */
final class LlavaSchema {

    private LlavaSchema() {
    }

    static void check(JsonNode r) {
        assertThat(r.get("id").isTextual()).isTrue();
        assertThat(r.get("video").isTextual()).isTrue();
        assertThat(r.get("video").asText()).endsWith(".mp4");
        JsonNode turns = r.get("conversations");
        assertThat(turns.isArray()).isTrue();
        assertThat(turns.size()).isGreaterThanOrEqualTo(2).isEven();
        int tokens = 0;
        for (int j = 0; j < turns.size(); j++) {
            JsonNode t = turns.get(j);
            assertThat(t.size()).isEqualTo(2);
            assertThat(t.get("from").asText()).isEqualTo(j % 2 == 0 ? "human" : "gpt");
            assertThat(t.get("value").isTextual()).isTrue();
            String value = t.get("value").asText();
            tokens += value.split("<image>", -1).length - 1;
            assertThat(value).doesNotContain("<video>");
        }
        assertThat(tokens).isEqualTo(1);
        assertThat(turns.get(0).get("value").asText()).startsWith("<image>\n");
    }
}
