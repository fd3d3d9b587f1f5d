package io.cotasks.cot.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.cot.CotResult;

/**
 * LLaVA-Video (LLaVA-NeXT) training records: {@code {"id", "video", "conversations": [{"from": "human",
 * "value": "<image>\n..."}, {"from": "gpt", "value": "..."}]}}. LLaVA-NeXT's dataset loader feeds a video's
 * sampled frames through the image token, so the human turn starts with {@code <image>} exactly once, as in
 * LLaVA-Video-178K; the CoT comes before the question in that turn.
 */
public final class LlavaExport {

    /** The media token LLaVA-NeXT replaces with the video's frames. */
    public static final String MEDIA_TOKEN = "<image>";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LlavaExport() {
    }

    /** The record of one question's CoT. */
    public static ObjectNode record(CotResult cot, String videoPrefix) {
        return record(Prompt.id(cot.question()), Prompt.video(cot.question(), videoPrefix), Prompt.human(cot),
                Prompt.answer(cot.question()));
    }

    /** The record of one CoTask instruction sample. */
    public static ObjectNode record(TaskSample sample, String videoPrefix) {
        return record(sample.id(), Prompt.video(sample.question(), videoPrefix), sample.instruction(), sample.answer());
    }

    private static ObjectNode record(String id, String video, String human, String gpt) {
        ObjectNode o = JSON.objectNode();
        o.put("id", id);
        o.put("video", video);
        ArrayNode conversations = o.putArray("conversations");
        conversations.addObject().put("from", "human").put("value", MEDIA_TOKEN + "\n" + human);
        conversations.addObject().put("from", "gpt").put("value", gpt);
        return o;
    }
}
