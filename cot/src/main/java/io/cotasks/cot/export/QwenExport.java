package io.cotasks.cot.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.cot.CotResult;

/**
 * Qwen2.5-VL chat messages, one JSON object per line: {@code {"id", "messages": [{"role": "user", "content":
 * [{"type": "video", "video": "file"}, {"type": "text", "text": "..."}]}, {"role": "assistant", "content":
 * [{"type": "text", "text": "..."}]}]}}, the shape {@code qwen_vl_utils.process_vision_info} and the
 * processor's chat template read.
 */
public final class QwenExport {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private QwenExport() {
    }

    public static ObjectNode record(CotResult cot, String videoPrefix) {
        return record(Prompt.id(cot.question()), Prompt.video(cot.question(), videoPrefix), Prompt.human(cot),
                Prompt.answer(cot.question()));
    }

    public static ObjectNode record(TaskSample sample, String videoPrefix) {
        return record(sample.id(), Prompt.video(sample.question(), videoPrefix), sample.instruction(), sample.answer());
    }

    private static ObjectNode record(String id, String video, String user, String assistant) {
        ObjectNode o = JSON.objectNode();
        o.put("id", id);
        ArrayNode messages = o.putArray("messages");
        ObjectNode u = messages.addObject().put("role", "user");
        ArrayNode content = u.putArray("content");
        content.addObject().put("type", "video").put("video", video);
        content.addObject().put("type", "text").put("text", user);
        ObjectNode a = messages.addObject().put("role", "assistant");
        a.putArray("content").addObject().put("type", "text").put("text", assistant);
        return o;
    }
}
