package io.cotasks.ingest;

import io.cotasks.store.model.UnitWrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Small video graphs from all workers, collected so several share one transaction. A VidSTG video is about
 * 80 elements; committing each alone costs a third more CPU than committing twenty together (the log force
 * and per-commit bookkeeping, docs/performance.md). A graph is never split: each is written whole, and a
 * batch that fails is retried video by video by the {@link IngestRunner}.
 */
final class SmallVideoBatch {

    /**
     * A unit's write, with the unit it came from (for error messages) and its labels without a mapping
     * (counted once the write commits).
     */
    record Pending(IngestUnit unit, UnitWrite write, Set<String> unmappedLabels) {
    }

    private final long limit;
    private List<Pending> pending = new ArrayList<>();
    private long elements;

    /** A batch is handed out once it holds at least {@code limit} elements. */
    SmallVideoBatch(long limit) {
        this.limit = limit;
    }

    /** True when a graph of {@code size} elements is small enough to share a transaction. */
    boolean isSmall(long size) {
        return size < limit;
    }

    /** Adds a graph of {@code size} elements; returns the full batch for the caller to write, or null while it fills. */
    synchronized List<Pending> add(IngestUnit unit, UnitWrite write, Set<String> unmappedLabels, long size) {
        pending.add(new Pending(unit, write, unmappedLabels));
        elements += size;
        return elements >= limit ? drain() : null;
    }

    /** Everything still pending (possibly empty), leaving the batch empty. */
    synchronized List<Pending> drain() {
        List<Pending> out = pending;
        pending = new ArrayList<>();
        elements = 0;
        return out;
    }
}
