package io.cotasks.ingest.render;

import io.cotasks.ingest.video.VideoDecoder;
import io.cotasks.store.CotasksException;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.bytedeco.javacv.OpenCVFrameConverter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/** The picture of one frame: decoded from a video file, or a dataset keyframe PNG. */
public final class FrameImages {

    private FrameImages() {
    }

    /**
     * Frame {@code frame} (counting decoded frames from 0, as the perception pipeline does) of {@code video}.
     *
     * @throws CotasksException naming the file when it cannot be decoded or is shorter than {@code frame}
     */
    public static BufferedImage fromVideo(Path video, int frame) {
        BufferedImage[] found = {null};
        int decoded;
        try (VideoDecoder decoder = VideoDecoder.open(video)) {
            decoded = decoder.decode(index -> index == frame, 0, (index, bgr) -> found[0] = toImage(bgr), frame);
        } catch (RuntimeException e) {
            if (found[0] != null) {
                return found[0];
            }
            throw new CotasksException(e.getMessage());
        }
        if (found[0] == null) {
            throw new CotasksException(video + ": has " + decoded + " frames, no frame " + frame);
        }
        return found[0];
    }

    /**
     * The keyframe PNG of {@code frame}: {@code dir/VIDEO/NNNNNN.png} (the STAR layout) or {@code dir/NNNNNN.png}.
     *
     * @throws CotasksException naming the paths tried when there is none
     */
    public static BufferedImage fromKeyframes(Path dir, String videoId, int frame) {
        String name = String.format(Locale.ROOT, "%06d.png", frame);
        List<Path> candidates = List.of(dir.resolve(videoId).resolve(name), dir.resolve(name));
        for (Path png : candidates) {
            if (Files.isRegularFile(png)) {
                try {
                    BufferedImage image = ImageIO.read(png.toFile());
                    if (image == null) {
                        throw new CotasksException(png + ": not an image");
                    }
                    return image;
                } catch (IOException e) {
                    throw new CotasksException(png + ": cannot read: " + e.getMessage());
                }
            }
        }
        throw new CotasksException("no keyframe for frame " + frame + ": neither " + candidates.get(0) + " nor "
                + candidates.get(1) + " exists");
    }

    private static BufferedImage toImage(org.bytedeco.opencv.opencv_core.Mat bgr) {
        try (OpenCVFrameConverter.ToMat toFrame = new OpenCVFrameConverter.ToMat();
             Java2DFrameConverter toImage = new Java2DFrameConverter()) {
            BufferedImage converted = toImage.convert(toFrame.convert(bgr));
            BufferedImage copy = new BufferedImage(converted.getWidth(), converted.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            copy.getGraphics().drawImage(converted, 0, 0, null);
            return copy;
        }
    }
}
