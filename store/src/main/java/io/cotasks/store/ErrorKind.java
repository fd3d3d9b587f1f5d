package io.cotasks.store;

/** What went wrong, as far as the user is concerned; the CLI maps each kind to its exit code. */
public enum ErrorKind {
    /** The work failed: bad data, an unreachable store, a failed write. */
    FAILURE,
    /** The command was called wrongly: a missing file, a bad option. */
    USAGE,
    /** A DSL statement has a syntax or semantic error, or Cypher was rejected. */
    QUERY
}
