package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

/** Evenly spaced frames of a video as JPEG images, e.g. the frames a video LLM is shown. */
public final class FrameSampler {

    private FrameSampler() {
    }

    /**
     * Decodes {@code video} and returns {@code n} frames spaced evenly over it as JPEG bytes, in time order:
     * frame {@code floor((k + 0.5) * frames / n)} for k = 0..n-1, the middle of n equal segments. A video
     * with fewer than n frames yields each frame once.
     *
     * @throws IngestException naming the file when it is missing or cannot be decoded
     */
    public static List<byte[]> sampleJpeg(Path video, int n) {
        return new ArrayList<>(sampleJpegByFrame(video, n).values());
    }

    /** Like {@link #sampleJpeg}, keyed by frame index. */
    public static Map<Integer, byte[]> sampleJpegByFrame(Path video, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of frames must be at least 1, got " + n);
        }
        try (VideoDecoder decoder = VideoDecoder.open(video)) {
            int declared = decoder.info().declaredFrames();
            if (declared > 0) {
                Map<Integer, byte[]> images = sample(decoder, evenly(declared, n));
                if (images.size() == Math.min(n, declared)) {
                    return images;
                }
            }
        }
        int frames;
        try (VideoDecoder counter = VideoDecoder.open(video)) {
            frames = counter.decode(index -> false, 0, (index, image) -> { });
        }
        try (VideoDecoder decoder = VideoDecoder.open(video)) {
            return sample(decoder, evenly(frames, n));
        }
    }

    /** The n frame indices at the middle of n equal segments of {@code frames} frames. */
    static List<Integer> evenly(int frames, int n) {
        return IntStream.range(0, Math.min(n, frames)).map(k -> (int) Math.floor((k + 0.5) * frames / Math.min(n, frames)))
                .distinct().boxed().toList();
    }

    private static Map<Integer, byte[]> sample(VideoDecoder decoder, List<Integer> wanted) {
        Map<Integer, byte[]> images = new TreeMap<>();
        decoder.decode(wanted::contains, 0, (index, bgr) -> images.put(index, jpeg(bgr)));
        return images;
    }

    /** A BGR image as JPEG bytes (OpenCV's default quality 95). */
    public static byte[] jpeg(Mat bgr) {
        try (BytePointer buffer = new BytePointer()) {
            if (!imencode(".jpg", bgr, buffer)) {
                throw new IllegalStateException("JPEG encoding failed");
            }
            byte[] bytes = new byte[(int) buffer.limit()];
            buffer.get(bytes);
            return bytes;
        }
    }
}
