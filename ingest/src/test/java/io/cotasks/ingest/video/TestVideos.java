package io.cotasks.ingest.video;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real videos the perception tests decode. */
final class TestVideos {

    private TestVideos() {
    }

    /** The first 100 frames of OpenCV's vtest.avi as H.264 (768x576, 10 fps), from the test resources. */
    static Path vtest() {
        try {
            return Path.of(TestVideos.class.getResource("/video/vtest_first10s_h264.mp4").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Re-encodes the first {@code frames} frames of {@code source} as MPEG-4 in an MP4 whose index comes
     * first (faststart), so that cutting the file leaves an index that declares frames no longer there.
     */
    static Path reencode(Path source, Path target, int frames) throws Exception {
        return reencode(source, target, frames, "mp4");
    }

    /** Re-encodes the first {@code frames} frames of {@code source} as MPEG-4 in container {@code format}. */
    static Path reencode(Path source, Path target, int frames, String format) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile())) {
            grabber.start();
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(),
                    grabber.getImageWidth(), grabber.getImageHeight())) {
                recorder.setFormat(format);
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
                recorder.setFrameRate(grabber.getFrameRate());
                recorder.setVideoQuality(5);
                if (format.equals("mp4")) {
                    recorder.setOption("movflags", "faststart");
                }
                recorder.start();
                Frame frame;
                for (int i = 0; i < frames && (frame = grabber.grabImage()) != null; i++) {
                    recorder.record(frame);
                }
                recorder.stop();
            }
        }
        return target;
    }

    /** The offset of the MP4 box holding the frame data ("mdat"). */
    static int mdatOffset(byte[] mp4) {
        for (int i = 4; i + 4 <= mp4.length; i++) {
            if (mp4[i] == 'm' && mp4[i + 1] == 'd' && mp4[i + 2] == 'a' && mp4[i + 3] == 't') {
                return i - 4;
            }
        }
        throw new IllegalArgumentException("no mdat box");
    }
}
