package io.cotasks.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns input paths (files or folders) into per-video {@link IngestUnit}s. One implementation per
 * {@code --source}: vidor, vidstg, star, nextqa, charades here, video in the perception package.
 *
 * <p>{@code units} should be cheap (list files, group records); the expensive parsing and derivation
 * happens in {@link IngestUnit#load()}, on a worker thread. A file that cannot even be split into units
 * (malformed JSON of a multi-video file) is reported through {@link #units} as a failed unit
 * ({@link IngestUnit#failed}) rather than an exception, so the other files still run.
 */
public interface SourceAdapter {

    /** The {@code --source} name, e.g. {@code vidor}. */
    String name();

    /** The units of work for these inputs, in a stable order. */
    List<IngestUnit> units(List<Path> inputs);
}
