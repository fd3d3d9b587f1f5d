package io.cotasks.query.compile;

/** How the executor turns Cypher rows into the statement's result. */
public enum Shape {
    /** Rows as Cypher returns them. */
    ROWS,
    /** Frame localization: per-match spans merged and ranked. */
    LOCALIZE,
    /** Entity tracking: boxes, optionally resampled. */
    TRACK,
    /** Temporal relation extraction: distinct events paired into a timeline. */
    TEMPORAL,
    /** A LET step replayed without Cypher. */
    STEP
}
