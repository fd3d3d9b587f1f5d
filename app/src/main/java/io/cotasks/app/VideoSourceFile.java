package io.cotasks.app;

import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.SourceFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The video file a {@code Video} node was detected from, kept on the node ({@code sourcePath},
 * {@code sourceSize}, {@code sourceModified}) so that {@code render --frame} needs no {@code --file}.
 *
 * @param path     the file's absolute path when it was ingested
 * @param size     its size in bytes then
 * @param modified its modification time then, in milliseconds since the epoch
 */
record VideoSourceFile(Path path, long size, long modified) {

    /** The file as it is now. */
    static VideoSourceFile of(Path file) throws IOException {
        return new VideoSourceFile(file.toAbsolutePath().normalize(), Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
    }

    /** Records {@code file} on the video {@code id}, if the graph holds that video. */
    static void record(SceneGraphStore store, String id, Path file) throws IOException {
        VideoSourceFile f = of(file);
        SourceFiles.record(store, id, new SourceFiles.Recorded(f.path().toString(), f.size(), f.modified()));
    }

    /**
     * The file video {@code id} was ingested from, checked against the disk.
     *
     * @throws CotasksException (usage) in one line when none is recorded, or it is gone or has changed
     */
    static Path current(SceneGraphStore store, String id) {
        VideoSourceFile recorded = SourceFiles.recorded(store, id)
                .map(r -> new VideoSourceFile(Path.of(r.path()), r.size(), r.modified()))
                .orElseThrow(() -> new CotasksException("video '" + id + "' was not ingested from a video file here: "
                        + "pass --file VIDEO or --frames DIR", CotasksException.USAGE, null));
        if (!Files.isRegularFile(recorded.path())) {
            throw new CotasksException("video '" + id + "' was ingested from " + recorded.path()
                    + ", which is gone: pass --file VIDEO", CotasksException.USAGE, null);
        }
        try {
            VideoSourceFile now = of(recorded.path());
            if (now.size() != recorded.size() || now.modified() != recorded.modified()) {
                throw new CotasksException("video '" + id + "' was ingested from " + recorded.path()
                        + ", which has changed since (size or modification time): re-ingest it or pass --file VIDEO",
                        CotasksException.USAGE, null);
            }
        } catch (IOException e) {
            throw new CotasksException("cannot read " + recorded.path() + ": " + e.getMessage(), CotasksException.RUNTIME, e);
        }
        return recorded.path();
    }
}
