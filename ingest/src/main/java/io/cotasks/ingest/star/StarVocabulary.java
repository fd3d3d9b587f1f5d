package io.cotasks.ingest.star;

import io.cotasks.ingest.InputFiles;
import io.cotasks.ingest.JsonCursor;
import io.cotasks.store.star.StarClasses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the STAR and Charades adapters need to turn labels into graph elements: the {@link StarClasses}
 * (shipped with the application, or read from {@code --star-classes DIR}) and the videos' frame rates
 * (STAR's table, overridden by a {@code video_fps.json} next to the input or in its parent's
 * {@code classes/}, as in {@code samples/star}).
 */
public final class StarVocabulary {

    /** Charades videos are mostly 30 fps; used when no table names the video. */
    public static final double DEFAULT_FPS = 30.0;

    final StarClasses classes;
    private final Map<String, Double> fps = new HashMap<>();

    private StarVocabulary(StarClasses classes) {
        this.classes = classes;
    }

    /** The shipped vocabularies, with the frame rates of a {@code video_fps.json} near {@code input}. */
    public static StarVocabulary near(Path input) {
        return of(StarClasses.shipped(), input);
    }

    /** {@code classes}, with the frame rates of a {@code video_fps.json} near {@code input}. */
    public static StarVocabulary of(StarClasses classes, Path input) {
        StarVocabulary v = new StarVocabulary(classes);
        find(input.toAbsolutePath().getParent(), "video_fps.json").ifPresent(p -> JsonCursor.parse(p, InputFiles.read(p))
                .fields().forEach(f -> v.fps.put(f.getKey().replace(".mp4", ""), f.getValue().asDouble())));
        return v;
    }

    /** The STAR and Charades classes in use. */
    public StarClasses classes() {
        return classes;
    }

    /** The frames per second of a Charades video, or {@link #DEFAULT_FPS}. */
    public double fps(String videoId) {
        Double near = fps.get(videoId);
        return near != null ? near : classes.fps(videoId).orElse(DEFAULT_FPS);
    }

    /** The STAR action id for a Charades class, if one describes the same verb and object. */
    public Optional<String> starAction(String charadesId) {
        return classes.starAction(charadesId);
    }

    /** Folders searched for files that belong with the input (Charades CSVs, video_fps.json), nearest first. */
    static List<Path> searchPath(Path dir) {
        Path parent = dir.getParent() == null ? dir : dir.getParent();
        return List.of(dir, dir.resolve("classes"), dir.resolve("charades"), parent, parent.resolve("classes"),
                parent.resolve("charades"), parent.resolve("homepage"));
    }

    static Optional<Path> find(Path dir, String name) {
        return searchPath(dir).stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst();
    }
}
