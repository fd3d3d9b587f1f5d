package io.cotasks.app;

import io.cotasks.ingest.render.FrameImages;
import io.cotasks.ingest.render.FrameOverlay;
import io.cotasks.ingest.render.FrameRenderer;
import io.cotasks.ingest.render.GraphPictures;
import io.cotasks.ingest.render.Timeline;
import io.cotasks.ingest.render.TimelineRenderer;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

/**
 * {@code cotasks render --video ID --frame N (--file VIDEO | --frames DIR) --out f.png} draws a frame with
 * its boxes, track ids, categories and relation arrows; {@code cotasks render --video ID --timeline --out
 * t.png} draws the video's events as a timeline, one row per entity pair.
 */
@Command(name = "render", description = "Draw boxes and relations on a frame, or a video's events as a timeline.")
public final class RenderCommand implements Callable<Integer> {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--video", required = true, paramLabel = "ID", description = "The video's id in the graph.")
    String videoId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--file", paramLabel = "VIDEO",
            description = "With --frame: decode the frame from this video file (default: the file the video was ingested from).")
    Path file;

    @Option(names = "--frames", paramLabel = "DIR",
            description = "With --frame: the dataset's keyframe PNGs, DIR/ID/NNNNNN.png or DIR/NNNNNN.png.")
    Path frames;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "The PNG file to write.")
    Path out;

    /** Either one frame or the timeline. */
    static final class What {
        @Option(names = "--frame", paramLabel = "N", description = "The frame to draw (the nearest frame with boxes).")
        Integer frame;

        @Option(names = "--timeline", description = "Draw the video's events as a timeline.")
        boolean timeline;
    }

    @Override
    public Integer call() {
        if (!what.timeline && file != null && frames != null) {
            throw new CotasksException("--frame takes --file VIDEO or --frames DIR, not both", CotasksException.USAGE, null);
        }
        if (what.timeline && (file != null || frames != null)) {
            throw new CotasksException("--timeline takes no --file or --frames", CotasksException.USAGE, null);
        }
        BufferedImage image;
        String summary;
        try (SceneGraphStore db = store.open()) {
            if (what.timeline) {
                Timeline timeline = GraphPictures.timeline(db, videoId);
                image = TimelineRenderer.render(timeline);
                summary = timeline.rows().size() + " rows, " + timeline.rows().stream().mapToInt(r -> r.spans().size()).sum()
                        + " events";
            } else {
                if (file == null && frames == null) {
                    file = VideoSourceFile.current(db, videoId);
                }
                FrameOverlay overlay = GraphPictures.overlay(db, videoId, what.frame);
                image = FrameRenderer.render(frameImage(overlay.frame()), overlay);
                summary = "frame " + overlay.frame() + (overlay.frame() == what.frame ? "" : " (nearest with boxes to "
                        + what.frame + ")") + ", " + overlay.boxes().size() + " boxes, " + overlay.relations().size()
                        + " relations";
            }
        }
        write(image);
        spec.commandLine().getOut().println("wrote " + out + ": " + image.getWidth() + "x" + image.getHeight() + ", " + summary);
        return 0;
    }

    private BufferedImage frameImage(int frame) {
        return file != null ? FrameImages.fromVideo(file, frame) : FrameImages.fromKeyframes(frames, videoId, frame);
    }

    private void write(BufferedImage image) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new CotasksException(out + ": no PNG writer available");
            }
        } catch (IOException e) {
            throw new CotasksException(out + ": cannot write: " + e.getMessage());
        }
    }
}
