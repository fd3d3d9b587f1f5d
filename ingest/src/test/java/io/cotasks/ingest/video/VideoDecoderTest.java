package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoDecoderTest {

    static final Path VTEST = TestVideos.vtest();

    @Test
    void decodesEveryFrameOfTheH264SampleWithItsHeader() {
        try (VideoDecoder decoder = VideoDecoder.open(VTEST)) {
            VideoDecoder.VideoInfo info = decoder.info();
            assertThat(info.fps()).isEqualTo(10.0);
            assertThat(info.width()).isEqualTo(768);
            assertThat(info.height()).isEqualTo(576);
            assertThat(info.codec()).isEqualTo("h264");
            List<Integer> seen = new ArrayList<>();
            int decoded = decoder.decode(Sampling.everyFrame(), 0, (index, bgr) -> {
                assertThat(bgr.cols()).isEqualTo(768);
                assertThat(bgr.rows()).isEqualTo(576);
                assertThat(bgr.channels()).isEqualTo(3);
                seen.add(index);
            });
            assertThat(decoded).isEqualTo(100);
            assertThat(seen).hasSize(100).startsWith(0, 1, 2).endsWith(99);
        }
    }

    @Test
    void samplesTwoFramesPerSecondAndResizesForDetection() {
        try (VideoDecoder decoder = VideoDecoder.open(VTEST)) {
            List<Integer> seen = new ArrayList<>();
            int decoded = decoder.decode(Sampling.atFps(2), 384, (index, bgr) -> {
                assertThat(bgr.cols()).isEqualTo(384);
                assertThat(bgr.rows()).isEqualTo(288);
                seen.add(index);
            });
            assertThat(decoded).isEqualTo(100);
            assertThat(seen).containsExactly(0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80,
                    85, 90, 95);
        }
    }

    @Test
    void decodingCanStopAfterAFrame() {
        try (VideoDecoder decoder = VideoDecoder.open(VTEST)) {
            List<Integer> seen = new ArrayList<>();
            int decoded = decoder.decode(index -> index % 10 == 0, 0, (index, bgr) -> seen.add(index), 25);
            assertThat(decoded).isEqualTo(26);
            assertThat(seen).containsExactly(0, 10, 20);
        }
    }

    @Test
    void samplingStepFollowsTheVideoRate() {
        assertThat(Sampling.atFps(2).step(10)).isEqualTo(5);
        assertThat(Sampling.atFps(2).step(29.97)).isEqualTo(15);
        assertThat(Sampling.atFps(2).step(25)).isEqualTo(13);
        assertThat(Sampling.atFps(30).step(10)).isEqualTo(1);
        assertThat(Sampling.everyFrame().step(30)).isEqualTo(1);
        assertThat(Sampling.atFps(2).describe()).isEqualTo("2 fps");
        assertThat(Sampling.everyFrame().describe()).isEqualTo("every frame");
    }

    @Test
    void badFilesFailWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.mp4");
        Path text = Files.writeString(dir.resolve("notes.mp4"), "this is not a video\n");
        Path classList = Files.copy(Path.of(System.getProperty("cotasks.shared"), "video",
                "object_detection_classes_coco.txt"), dir.resolve("coco.txt"));
        Path empty = Files.write(dir.resolve("empty.avi"), new byte[0]);
        byte[] whole = Files.readAllBytes(VTEST);
        // the sample's index (moov) is at its end: a cut file has no index at all
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(whole, whole.length / 3));
        // with the index first (faststart), a cut file declares frames it no longer has
        Path faststart = TestVideos.reencode(VTEST, dir.resolve("faststart.mp4"), 40);
        byte[] fs = Files.readAllBytes(faststart);
        Path truncated = Files.write(dir.resolve("truncated.mp4"), Arrays.copyOf(fs, fs.length / 2));
        Path firstFrameOnly = Files.write(dir.resolve("first-frame-only.mp4"),
                Arrays.copyOf(fs, TestVideos.mdatOffset(fs) + 1000));
        Path noStream = TestVideos.reencode(VTEST, dir.resolve("no-stream.mp4"), 0);
        // an AVI with a video stream header and not one frame
        Path noFrames = TestVideos.reencode(VTEST, dir.resolve("no-frames.avi"), 0, "avi");

        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(missing, missing + ": video file not found");
        expected.put(text, text + ": not a readable video (Invalid data found when processing input)");
        expected.put(classList, classList + ": not a readable video (a text file)");
        expected.put(empty, empty + ": not a readable video (Invalid data found when processing input)");
        expected.put(cut, cut + ": not a readable video (Invalid data found when processing input)");
        expected.put(truncated, truncated + ": truncated: decoded ");
        // cut inside the first frame: FFmpeg conceals the damage in that frame, the rest is gone
        expected.put(firstFrameOnly, firstFrameOnly + ": truncated: decoded 1 of the 40 frames its header declares");
        expected.put(noStream, noStream + ": has no video stream");
        expected.put(noFrames, noFrames + ": no video frames could be decoded");
        expected.forEach((file, message) -> assertThatThrownBy(() -> {
            try (VideoDecoder decoder = VideoDecoder.open(file)) {
                decoder.decode(Sampling.everyFrame(), 0, (index, bgr) -> { });
            }
        }).as(file.getFileName().toString()).isInstanceOf(IngestException.class).hasMessageStartingWith(message)
                .hasMessageNotContaining("\n"));

        try (VideoDecoder decoder = VideoDecoder.open(faststart)) {
            assertThat(decoder.decode(Sampling.everyFrame(), 0, (index, bgr) -> { })).isEqualTo(40);
        }
    }

    @Test
    void samplerReturnsEvenlySpacedJpegs() throws Exception {
        assertThat(FrameSampler.evenly(100, 4)).containsExactly(12, 37, 62, 87);
        assertThat(FrameSampler.evenly(3, 8)).containsExactly(0, 1, 2);
        List<byte[]> jpegs = FrameSampler.sampleJpeg(VTEST, 4);
        assertThat(jpegs).hasSize(4);
        for (byte[] jpeg : jpegs) {
            assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
            assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertThat(image.getWidth()).isEqualTo(768);
            assertThat(image.getHeight()).isEqualTo(576);
        }
        assertThat(jpegs.get(0)).isNotEqualTo(jpegs.get(3));
        assertThat(FrameSampler.sampleJpegByFrame(VTEST, 4)).containsOnlyKeys(12, 37, 62, 87);
    }
}
