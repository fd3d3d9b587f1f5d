package io.cotasks.ingest.video;

/**
 * Which decoded frames are handed to the detector: every frame, or about {@code fps} frames per second.
 *
 * @param fps target sampling rate in frames per second; 0 means every frame
 */
public record Sampling(double fps) {

    public Sampling {
        if (fps < 0 || Double.isNaN(fps)) {
            throw new IllegalArgumentException("sampling rate must be >= 0 frames per second, got " + fps);
        }
    }

    /** Every decoded frame. */
    public static Sampling everyFrame() {
        return new Sampling(0);
    }

    /** About {@code fps} frames per second. */
    public static Sampling atFps(double fps) {
        return new Sampling(fps);
    }

    /**
     * The frame step for a video of {@code videoFps}: every {@code step}-th frame, starting at frame 0, is
     * sampled. A whole step keeps sampled frames evenly spaced; 2 fps on a 29.97 fps video samples every
     * 15th frame (1.998 fps).
     */
    public int step(double videoFps) {
        if (fps == 0 || videoFps <= 0 || fps >= videoFps) {
            return 1;
        }
        return Math.max(1, (int) Math.round(videoFps / fps));
    }

    /** For messages: "every frame" or "2 fps". */
    public String describe() {
        return fps == 0 ? "every frame" : String.format(java.util.Locale.ROOT, "%s fps", trim(fps));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
