package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Decodes a video file with FFmpeg (JavaCV's {@link FFmpegFrameGrabber}) on a producer thread and hands the
 * sampled frames, as BGR {@link Mat}s, to the caller through a small bounded queue, so that decoding the
 * next frames overlaps with detecting on the current one. Every frame is decoded (codecs need it); only
 * sampled frames are converted and queued. Frame indices count decoded frames from 0.
 */
public final class VideoDecoder implements AutoCloseable {

    private static final Pattern FFMPEG_ERROR = Pattern.compile("error (-?\\d+)");

    /** Sampled frames waiting for the detector; small, since each holds a full image. */
    private static final int QUEUE_CAPACITY = 4;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final VideoInfo info;

    private VideoDecoder(Path file, FFmpegFrameGrabber grabber, VideoInfo info) {
        this.file = file;
        this.grabber = grabber;
        this.info = info;
    }

    /**
     * Opens {@code file} and reads its stream header.
     *
     * @throws IngestException naming the file when it is missing or FFmpeg cannot open it
     */
    public static VideoDecoder open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IngestException(file + ": video file not found");
        }
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            if (String.valueOf(e.getMessage()).contains("Did not find a video")) {
                throw new IngestException(file + ": has no video stream", e);
            }
            throw new IngestException(file + ": not a readable video (" + ffmpegReason(e.getMessage()) + ")", e);
        }
        if ("tty".equals(formatName(grabber))) {
            closeQuietly(grabber);
            throw new IngestException(file + ": not a readable video (a text file)");
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
            closeQuietly(grabber);
            throw new IngestException(file + ": has no video stream");
        }
        VideoInfo info = new VideoInfo(grabber.getFrameRate(), grabber.getLengthInVideoFrames(),
                grabber.getImageWidth(), grabber.getImageHeight(), grabber.getVideoCodecName());
        return new VideoDecoder(file, grabber, info);
    }

    /** What the container and stream header declare. */
    public VideoInfo info() {
        return info;
    }

    /**
     * Decodes the whole video and calls {@code consumer} with every sampled frame, resized to
     * {@code detectWidth} pixels wide when that is positive. The consumer owns nothing: the frame's Mat is
     * released after the call returns.
     *
     * @return the number of decoded frames
     * @throws IngestException naming the file when decoding fails, no frame decodes, or the file ends well
     *                         before the frame count its header declares (truncated)
     */
    public int decode(Sampling sampling, int detectWidth, FrameConsumer consumer) {
        int step = sampling.step(info.fps());
        return decode(index -> index % step == 0, detectWidth, consumer);
    }

    /**
     * Like {@link #decode(Sampling, int, FrameConsumer)}, for the frames whose index {@code wanted} accepts.
     */
    public int decode(IntPredicate wanted, int detectWidth, FrameConsumer consumer) {
        return decode(wanted, detectWidth, consumer, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #decode(IntPredicate, int, FrameConsumer)}, stopping after frame {@code lastFrame}: for
     * reading one early frame of a long video. A stopped decode skips the truncation check.
     *
     * @return the number of decoded frames (at most {@code lastFrame + 1})
     */
    public int decode(IntPredicate wanted, int detectWidth, FrameConsumer consumer, int lastFrame) {
        BlockingQueue<SampledFrame> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        AtomicBoolean cancelled = new AtomicBoolean();
        Producer producer = new Producer(wanted, detectWidth, queue, cancelled, lastFrame);
        Thread thread = new Thread(producer, "decode-" + file.getFileName());
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                SampledFrame frame = queue.take();
                if (frame.image() == null) {
                    break;
                }
                try (Mat image = frame.image()) {
                    consumer.accept(frame.index(), image);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(file + ": interrupted while decoding", e);
        } finally {
            cancelled.set(true);
            queue.forEach(f -> {
                if (f.image() != null) {
                    f.image().close();
                }
            });
            queue.clear();
            joinQuietly(thread);
        }
        return checked(producer);
    }

    private int checked(Producer producer) {
        if (producer.failure != null) {
            throw new IngestException(file + ": decoding failed at frame " + producer.decoded + ": "
                    + firstLine(producer.failure.getMessage()), producer.failure);
        }
        if (producer.decoded == 0) {
            throw new IngestException(file + ": no video frames could be decoded");
        }
        int declared = info.declaredFrames();
        if (!producer.stopped && declared > 10 && producer.decoded < declared * 0.9) {
            throw new IngestException(file + ": truncated: decoded " + producer.decoded + " of the "
                    + declared + " frames its header declares");
        }
        return producer.decoded;
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    /** Receives one sampled frame. */
    @FunctionalInterface
    public interface FrameConsumer {
        void accept(int frameIndex, Mat bgr);
    }

    /** Stream facts from the header; {@code declaredFrames} is FFmpeg's estimate, 0 when unknown. */
    public record VideoInfo(double fps, int declaredFrames, int width, int height, String codec) {
    }

    private record SampledFrame(int index, Mat image) {
    }

    /** Decodes on its own thread; a null image marks the end. */
    private final class Producer implements Runnable {
        private final IntPredicate wanted;
        private final int detectWidth;
        private final int lastFrame;
        volatile boolean stopped;
        private final BlockingQueue<SampledFrame> queue;
        private final AtomicBoolean cancelled;
        private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
        volatile int decoded;
        volatile Throwable failure;

        Producer(IntPredicate wanted, int detectWidth, BlockingQueue<SampledFrame> queue, AtomicBoolean cancelled,
                 int lastFrame) {
            this.wanted = wanted;
            this.lastFrame = lastFrame;
            this.detectWidth = detectWidth;
            this.queue = queue;
            this.cancelled = cancelled;
        }

        @Override
        public void run() {
            try {
                Frame frame;
                while (!cancelled.get() && !(stopped = decoded > lastFrame) && (frame = grabber.grabImage()) != null) {
                    int index = decoded++;
                    if (wanted.test(index) && !offer(new SampledFrame(index, copy(converter.convert(frame))))) {
                        return;
                    }
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                offer(new SampledFrame(-1, null));
            }
        }

        /** The converter reuses its Mat, so each queued frame is a copy (resized when asked). */
        private Mat copy(Mat decodedImage) {
            if (detectWidth <= 0 || detectWidth == decodedImage.cols()) {
                return decodedImage.clone();
            }
            int height = (int) Math.round(decodedImage.rows() * (double) detectWidth / decodedImage.cols());
            Mat scaled = new Mat();
            resize(decodedImage, scaled, new Size(detectWidth, height), 0, 0,
                    detectWidth < decodedImage.cols() ? INTER_AREA : INTER_LINEAR);
            return scaled;
        }

        private boolean offer(SampledFrame frame) {
            try {
                while (!cancelled.get()) {
                    if (queue.offer(frame, 100, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (frame.image() != null) {
                frame.image().close();
            }
            return false;
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // closing after a failure: the first error is the one worth reporting
        }
    }

    /** FFmpeg's text for the error code in a JavaCV message ("error -1094995529: ..."), else its first line. */
    static String ffmpegReason(String message) {
        Matcher m = message == null ? null : FFMPEG_ERROR.matcher(message);
        if (m != null && m.find()) {
            byte[] text = new byte[256];
            if (avutil.av_strerror(Integer.parseInt(m.group(1)), text, text.length) == 0) {
                int length = 0;
                while (length < text.length && text[length] != 0) {
                    length++;
                }
                return new String(text, 0, length, StandardCharsets.UTF_8);
            }
        }
        return firstLine(message);
    }

    private static String formatName(FFmpegFrameGrabber grabber) {
        AVFormatContext context = grabber.getFormatContext();
        return context == null || context.iformat() == null ? "" : context.iformat().name().getString();
    }

    static String firstLine(String message) {
        return message == null ? "unknown error" : message.strip().lines().findFirst().orElse(message);
    }
}
