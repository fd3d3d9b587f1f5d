package io.cotasks.ingest;

/** A real unit seen through a test's lens: everything forwards to {@link #inner()} unless overridden. */
public interface ForwardingUnit extends IngestUnit {

    /** The real unit. */
    IngestUnit inner();

    @Override
    default String videoId() {
        return inner().videoId();
    }

    @Override
    default String location() {
        return inner().location();
    }

    @Override
    default String origin() {
        return inner().origin();
    }

    @Override
    default String contentHash() {
        return inner().contentHash();
    }

    @Override
    default UnitContent load(String contentHash) {
        return inner().load(contentHash);
    }
}
