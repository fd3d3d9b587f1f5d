package io.cotasks.cot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Qwen2.5-VL's chat template and {@code qwen_vl_utils.process_vision_info} read: {@code messages} with
 * roles user/assistant, each {@code content} a list of typed items; the user turn holds one
 * {@code {"type": "video", "video": path}} item and a {@code {"type": "text", "text": ...}} item.
 */
final class QwenSchema {

    private QwenSchema() {
    }

    static void check(JsonNode line) {
        JsonNode messages = line.get("messages");
        assertThat(messages.isArray()).isTrue();
        assertThat(messages.size()).isEqualTo(2);
        assertThat(messages.get(0).get("role").asText()).isEqualTo("user");
        assertThat(messages.get(1).get("role").asText()).isEqualTo("assistant");
        JsonNode user = messages.get(0).get("content");
        assertThat(user.isArray()).isTrue();
        int videos = 0;
        int texts = 0;
        for (JsonNode item : user) {
            String type = item.get("type").asText();
            assertThat(type).isIn(List.of("video", "text"));
            if (type.equals("video")) {
                videos++;
                assertThat(item.get("video").isTextual()).isTrue();
            } else {
                texts++;
                assertThat(item.get("text").isTextual()).isTrue();
            }
        }
        assertThat(videos).isEqualTo(1);
        assertThat(texts).isEqualTo(1);
        JsonNode answer = messages.get(1).get("content");
        assertThat(answer.get(0).get("type").asText()).isEqualTo("text");
        assertThat(answer.get(0).get("text").asText()).isNotBlank();
    }
}
