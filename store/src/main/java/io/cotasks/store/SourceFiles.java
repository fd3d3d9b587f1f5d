package io.cotasks.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cotasks.store.Schema.ID;
import static io.cotasks.store.Schema.SOURCE_MODIFIED;
import static io.cotasks.store.Schema.SOURCE_PATH;
import static io.cotasks.store.Schema.SOURCE_SIZE;
import static io.cotasks.store.Schema.VIDEO;

/**
 * The video file a {@code Video} node was detected from, kept on the node so that later commands find it
 * without being told; the Cypher for it lives here, in {@code store}.
 */
public final class SourceFiles {

    private static final String WRITE = "MATCH (v:" + VIDEO + " {" + ID + ": $id}) SET v." + SOURCE_PATH + " = $path, v."
            + SOURCE_SIZE + " = $size, v." + SOURCE_MODIFIED + " = $modified";

    private static final String READ = "MATCH (v:" + VIDEO + " {" + ID + ": $id}) RETURN v." + SOURCE_PATH
            + " AS path, v." + SOURCE_SIZE + " AS size, v." + SOURCE_MODIFIED + " AS modified";

    private SourceFiles() {
    }

    /**
     * A recorded file.
     *
     * @param path     its absolute path when it was ingested
     * @param size     its size in bytes then
     * @param modified its modification time then, in milliseconds since the epoch
     */
    public record Recorded(String path, long size, long modified) {
    }

    /** Records the file on video {@code id}, if the graph holds that video. */
    public static void record(SceneGraphStore store, String id, Recorded file) {
        store.write(WRITE, Map.of("id", id, "path", file.path(), "size", file.size(), "modified", file.modified()));
    }

    /** The file recorded on video {@code id}; empty when the graph has no such video or none is recorded. */
    public static Optional<Recorded> recorded(SceneGraphStore store, String id) {
        List<Map<String, Object>> rows = store.query(READ, Map.of("id", id)).rows();
        if (rows.isEmpty() || rows.get(0).get("path") == null) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        return Optional.of(new Recorded((String) row.get("path"), ((Number) row.get("size")).longValue(),
                ((Number) row.get("modified")).longValue()));
    }
}
