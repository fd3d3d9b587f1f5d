package io.cotasks.ingest.video;

import io.cotasks.ingest.ConsoleProgress;
import io.cotasks.ingest.IngestException;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.UnitContent;
import io.cotasks.store.CotasksException;
import me.tongfei.progressbar.ProgressBar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code cotasks ingest --source video FILE|FOLDER...}: one unit per video file, perceived by the
 * {@link PerceptionPipeline} on the ingest workers (several videos at once; within one video, decoding
 * overlaps detection). A folder contributes its files with a video extension. A missing or unreadable file
 * fails its own unit with one line naming it; the others still run. Registered for {@code Sources} through
 * {@code META-INF/services}; the CLI builds it with its options through {@link #create}.
 */
public final class VideoSourceAdapter implements SourceAdapter, AutoCloseable {

    /** The {@code --source} name and graph origin. */
    public static final String ORIGIN = PerceptionPipeline.ORIGIN;
    /** File extensions taken from folders. */
    public static final Set<String> EXTENSIONS =
            Set.of("mp4", "avi", "mkv", "mov", "webm", "m4v", "mpg", "mpeg", "wmv", "flv", "ts");

    private final PerceptionPipeline pipeline;
    private final String videoId;
    private final boolean progress;
    private ProgressBar bar;
    private final Map<String, Path> sources = new HashMap<>();

    /** The defaults (2 fps, HOG people, no progress bar), for the service loader. */
    public VideoSourceAdapter() {
        this(PerceptionOptions.defaults(), null, false);
    }

    private VideoSourceAdapter(PerceptionOptions options, String videoId, boolean progress) {
        this.pipeline = PerceptionPipeline.create(options);
        this.videoId = videoId;
        this.progress = progress;
    }

    /**
     * An adapter with these options; {@code videoId} (may be null) names the video of a single input file;
     * {@code progress} draws a frames-per-second progress bar on standard error until {@link #close()}.
     */
    public static VideoSourceAdapter create(PerceptionOptions options, String videoId, boolean progress) {
        return new VideoSourceAdapter(options, videoId, progress);
    }

    @Override
    public String name() {
        return ORIGIN;
    }

    /**
     * One unit per video file.
     *
     * @throws CotasksException when the detector cannot be built (a model that does not load fails once,
     *                          naming the model file, before any video is touched)
     */
    @Override
    public List<IngestUnit> units(List<Path> inputs) {
        try (Detector probe = pipeline.options().detector().create()) {
            probe.name();
        } catch (IngestException e) {
            throw new CotasksException(e.getMessage(), CotasksException.RUNTIME, e);
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(videosIn(input));
            } else {
                files.add(input);
            }
        }
        if (videoId != null && files.size() != 1) {
            throw new CotasksException("--id names one video, but " + files.size() + " files were given",
                    CotasksException.USAGE, null);
        }
        if (progress && !files.isEmpty()) {
            bar = ConsoleProgress.builder("perceive", declaredFrames(files), " frames").showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS).build();
        }
        List<IngestUnit> units = new ArrayList<>();
        Map<String, Path> seen = sources;
        seen.clear();
        for (Path file : files) {
            String id = videoId != null ? videoId : PerceptionPipeline.defaultVideoId(file);
            Path first = seen.putIfAbsent(id, file);
            if (first != null) {
                // two files named alike would otherwise be merged into one video
                units.add(IngestUnit.failed(id, file.toString(), file + ": video id '" + id + "' is already taken by "
                        + first + " (rename the file or ingest it alone with --id)"));
            } else {
                units.add(new VideoUnit(file, id));
            }
        }
        return units;
    }

    /** The video file of each video id of the last {@link #units} call (ids taken twice keep their first file). */
    public Map<String, Path> sources() {
        return Map.copyOf(sources);
    }

    /** Ends the progress bar, if any. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private static List<Path> videosIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(VideoSourceAdapter::hasVideoExtension).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CotasksException(folder + ": cannot list: " + e.getMessage());
        }
    }

    static boolean hasVideoExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** The frames the headers declare, for the progress bar's total; unreadable files count 0. */
    private static long declaredFrames(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try (VideoDecoder decoder = VideoDecoder.open(file)) {
                total += Math.max(0, decoder.info().declaredFrames());
            } catch (RuntimeException e) {
                // reported when the unit runs
            }
        }
        return total;
    }

    /** One video file. */
    private final class VideoUnit implements IngestUnit {
        private final Path file;
        private final String id;

        VideoUnit(Path file, String id) {
            this.file = file;
            this.id = id;
        }

        @Override
        public String videoId() {
            return id;
        }

        @Override
        public String location() {
            return file.toString();
        }

        @Override
        public String origin() {
            return IngestUnit.origin(ORIGIN, file.getFileName().toString());
        }

        /** Null when the file cannot be read: {@link #load()} then reports why. */
        @Override
        public String contentHash() {
            try {
                return PerceptionPipeline.contentHash(file, pipeline.options());
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public UnitContent load(String contentHash) {
            ProgressBar shown = bar;
            int[] last = {0};
            PerceptionResult result = pipeline.perceive(file, id, contentHash, frames -> {
                if (shown != null) {
                    shown.stepBy(frames - last[0]);
                    last[0] = frames;
                }
            });
            if (shown != null) {
                shown.stepBy(result.decodedFrames() - last[0]);
            }
            return UnitContent.of(result.graph());
        }
    }
}
