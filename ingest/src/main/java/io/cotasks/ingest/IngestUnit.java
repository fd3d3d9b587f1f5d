package io.cotasks.ingest;

/**
 * One video's worth of input: loading it yields the video's graph and/or its questions, written by the
 * {@link IngestRunner} in one transaction.
 */
public interface IngestUnit {

    /** The video id this unit writes (used by {@code --shard} and in messages). */
    String videoId();

    /**
     * Where the input is, for error messages: the file's path as the user typed it (or as found under a folder
     * the user typed, e.g. {@code sub/empty.json}), optionally with a JSON path or line.
     */
    String location();

    /**
     * The origin: the adapter and the source file ({@link #origin(String, String)}). It is recorded with the
     * content hash and on every element the unit writes, so re-ingesting a changed file replaces exactly what
     * that file wrote about the video before.
     */
    String origin();

    /**
     * The origin of units read by {@code source} (vidor, vidstg, star, nextqa-mc, ...) from {@code file}: the
     * file's name without its folders, so the same file is the same origin however the path to it is typed.
     */
    static String origin(String source, String file) {
        return source + ":" + file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }

    /**
     * A hash of this unit's source content; when the store already holds this hash for
     * ({@link #videoId()}, {@link #origin()}) the unit is skipped. Null disables skipping.
     */
    String contentHash();

    /**
     * Parses and converts the input, computing its {@link #contentHash()} to record with the graph; an
     * {@link IngestException} names the location of the problem.
     */
    default UnitContent load() {
        return load(contentHash());
    }

    /**
     * Like {@link #load()}, with this unit's {@link #contentHash()} already computed by the caller (the
     * {@link IngestRunner} needs it first for the skip check), so the content is hashed once per ingest.
     */
    UnitContent load(String contentHash);

    /** A unit that only reports an error found while listing units (e.g. a file that is not JSON). */
    static IngestUnit failed(String videoId, String location, String message) {
        return new IngestUnit() {
            @Override
            public String videoId() {
                return videoId;
            }

            @Override
            public String location() {
                return location;
            }

            @Override
            public String origin() {
                return "none";
            }

            @Override
            public String contentHash() {
                return null;
            }

            @Override
            public UnitContent load(String contentHash) {
                throw new IngestException(message);
            }
        };
    }
}
