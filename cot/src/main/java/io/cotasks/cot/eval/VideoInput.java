package io.cotasks.cot.eval;

import java.util.List;

/** How the video reaches the model in one request. */
public sealed interface VideoInput {

    /** No video: the model sees only text (useful for a text-only sanity run). */
    record None() implements VideoInput {
    }

    /** A {@code video_url} content item: an http(s) URL or a {@code file://} path the server can read. */
    record Url(String url) implements VideoInput {
    }

    /** Sampled frames, each sent as an {@code image_url} item with a base64 JPEG data URL. */
    record Frames(List<byte[]> jpegs) implements VideoInput {
        public Frames {
            jpegs = List.copyOf(jpegs);
        }
    }
}
