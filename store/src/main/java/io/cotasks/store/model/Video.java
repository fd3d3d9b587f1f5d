package io.cotasks.store.model;

import java.util.Objects;

/**
 * A video of a dataset. Ids are global: NExT-QA and VidOR share numeric ids, STAR uses Charades ids.
 *
 * @param id         the video id, unique across datasets
 * @param dataset    where it was first described: vidor, vidstg, star, nextqa, video
 * @param fps        frames per second of the source video
 * @param frameCount number of frames
 * @param width      frame width in pixels
 * @param height     frame height in pixels
 */
public record Video(String id, String dataset, double fps, int frameCount, int width, int height) {

    public Video {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
    }

    /** Duration in seconds. */
    public double duration() {
        return fps > 0 ? frameCount / fps : 0;
    }

    /** Seconds at the start of frame {@code frame}. */
    public double seconds(int frame) {
        return fps > 0 ? frame / fps : 0;
    }

    /** The frame index that contains second {@code seconds}. */
    public int frameAt(double seconds) {
        return (int) Math.floor(seconds * fps);
    }
}
