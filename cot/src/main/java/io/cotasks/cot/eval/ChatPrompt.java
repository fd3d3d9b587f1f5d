package io.cotasks.cot.eval;

import java.util.Objects;

/**
 * One chat request's content.
 *
 * @param system the system message, or null for none
 * @param user   the user's text, placed after the video items
 * @param video  the video items placed before the text
 */
public record ChatPrompt(String system, String user, VideoInput video) {

    public ChatPrompt {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(video, "video");
    }

    public static ChatPrompt text(String system, String user) {
        return new ChatPrompt(system, user, new VideoInput.None());
    }
}
