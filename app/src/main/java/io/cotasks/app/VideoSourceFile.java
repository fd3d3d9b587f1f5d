package io.cotasks.app;

import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The video file a {@code Video} node was detected from, kept on the node ({@code sourcePath},
 * {@code sourceSize}, {@code sourceModified}) so that {@code render --frame} needs no {@code --file}.
 *
 * @param path     the file's absolute path when it was ingested
 * @param size     its size in bytes then
 * @param modified its modification time then, in milliseconds since the epoch
 */
record VideoSourceFile(Path path, long size, long modified) {

    static final String PATH = "sourcePath";
    static final String SIZE = "sourceSize";
    static final String MODIFIED = "sourceModified";

    /** The file as it is now. */
    static VideoSourceFile of(Path file) throws IOException {
        return new VideoSourceFile(file.toAbsolutePath().normalize(), Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
    }

    /** Records {@code file} on the video {@code id}, if the graph holds that video. */
    static void record(SceneGraphStore store, String id, Path file) throws IOException {
        VideoSourceFile f = of(file);
        store.write("MATCH (v:" + Schema.VIDEO + " {" + Schema.ID + ": $id}) SET v." + PATH + " = $path, v." + SIZE
                + " = $size, v." + MODIFIED + " = $modified", Map.of("id", id, "path", f.path().toString(),
                "size", f.size(), "modified", f.modified()));
    }

    /**
     * The file video {@code id} was ingested from, checked against the disk.
     *
     * @throws CotasksException (usage) in one line when none is recorded, or it is gone or has changed
     */
    static Path current(SceneGraphStore store, String id) {
        List<Map<String, Object>> rows = store.query("MATCH (v:" + Schema.VIDEO + " {" + Schema.ID + ": $id}) RETURN v."
                + PATH + " AS path, v." + SIZE + " AS size, v." + MODIFIED + " AS modified", Map.of("id", id)).rows();
        if (rows.isEmpty() || rows.get(0).get("path") == null) {
            throw new CotasksException("video '" + id + "' was not ingested from a video file here: pass --file VIDEO "
                    + "or --frames DIR", CotasksException.USAGE, null);
        }
        Map<String, Object> row = rows.get(0);
        VideoSourceFile recorded = new VideoSourceFile(Path.of((String) row.get("path")),
                ((Number) row.get("size")).longValue(), ((Number) row.get("modified")).longValue());
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
