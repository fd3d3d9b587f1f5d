package io.cotasks.cot.eval;

import java.io.IOException;

/** Chooses how each video is sent to the model: nothing, a URL or path content item, or sampled frames. */
@FunctionalInterface
public interface VideoInputs {

    VideoInput forVideo(String videoId) throws IOException;

    /** Text only. */
    static VideoInputs none() {
        return videoId -> new VideoInput.None();
    }

    /** A {@code video_url} item with a {@code file://} URL of the video under a folder (the server must read it). */
    static VideoInputs files(VideoFiles files) {
        return videoId -> new VideoInput.Url(files.require(videoId).toUri().toString());
    }

    /** A {@code video_url} item with a URL made from a template with a {@code {video}} placeholder. */
    static VideoInputs urlTemplate(String template) {
        if (!template.contains("{video}")) {
            throw new IllegalArgumentException("video URL template needs a {video} placeholder: " + template);
        }
        return videoId -> new VideoInput.Url(template.replace("{video}", videoId));
    }

    /** {@code n} frames per video, decoded by {@code source}, each sent as an image. */
    static VideoInputs frames(FrameSource source, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("frames must be at least 1, got " + n);
        }
        return videoId -> new VideoInput.Frames(source.sampleJpeg(videoId, n));
    }
}
