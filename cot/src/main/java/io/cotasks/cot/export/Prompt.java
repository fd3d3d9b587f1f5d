package io.cotasks.cot.export;

import io.cotasks.cot.CotResult;
import io.cotasks.store.model.Question;

import java.util.List;

/**
 * The text a VideoLLM sees for one question: the CoT steps first, then the question and its options, and
 * the answer it is trained to give.
 */
public final class Prompt {

    private Prompt() {
    }

    /** CoT, question and lettered options. */
    public static String human(CotResult cot) {
        Question q = cot.question();
        StringBuilder sb = new StringBuilder("Reasoning steps from the scene graph:\n").append(cot.text())
                .append("\nQuestion: ").append(q.text().strip());
        if (!q.text().strip().endsWith("?")) {
            sb.append('?');
        }
        List<String> choices = q.choices();
        if (!choices.isEmpty()) {
            sb.append("\nOptions:");
            for (int i = 0; i < choices.size(); i++) {
                sb.append("\n(").append((char) ('A' + i)).append(") ").append(choices.get(i));
            }
            sb.append("\nAnswer with the option's letter from the given choices directly.");
        }
        return sb.toString();
    }

    /** The annotated answer: {@code (B) sit on stairs}, or the answer text for open-ended questions. */
    public static String answer(Question q) {
        if (q.answerIndex() >= 0 && q.answerIndex() < q.choices().size()) {
            return "(" + (char) ('A' + q.answerIndex()) + ") " + q.choices().get(q.answerIndex());
        }
        return q.answer() == null ? "" : q.answer();
    }

    /** The video file a sample refers to: {@code <videoId>.mp4} under the prefix, if any. */
    public static String video(Question q, String prefix) {
        String name = q.videoId() + ".mp4";
        return prefix == null || prefix.isEmpty() ? name : prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
    }

    /** A sample id: dataset, video and question id. */
    public static String id(Question q) {
        return q.dataset() + "_" + q.videoId() + "_" + q.qid();
    }
}
