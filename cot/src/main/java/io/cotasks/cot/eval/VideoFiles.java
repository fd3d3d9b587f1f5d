package io.cotasks.cot.eval;

import io.cotasks.store.CotasksException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The video files under a folder, found by id: {@code DIR/<id>.mp4} as well as VidOR's
 * {@code DIR/0000/<id>.mp4} layout, so both NExT-QA distributions work without a map file.
 */
public final class VideoFiles {

    private static final Set<String> EXTENSIONS = Set.of("mp4", "webm", "avi", "mkv", "mov");

    private final Path dir;
    private final Map<String, Path> byId;

    private VideoFiles(Path dir, Map<String, Path> byId) {
        this.dir = dir;
        this.byId = Map.copyOf(byId);
    }

    /** Indexes the video files under {@code dir} (recursively). */
    public static VideoFiles index(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CotasksException(dir + ": video folder not found", CotasksException.USAGE, null);
        }
        Map<String, Path> byId = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                    byId.putIfAbsent(name.substring(0, dot), file.toAbsolutePath());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VideoFiles(dir, byId);
    }

    /** The file of this video, if the folder has it. */
    public Optional<Path> find(String videoId) {
        return Optional.ofNullable(byId.get(videoId));
    }

    /** The file of this video, or a one-line error naming the folder. */
    public Path require(String videoId) {
        return find(videoId).orElseThrow(() -> new CotasksException(
                dir + ": no video file for video " + videoId + " (looked for " + videoId + ".mp4 and friends)"));
    }

    public int size() {
        return byId.size();
    }
}
