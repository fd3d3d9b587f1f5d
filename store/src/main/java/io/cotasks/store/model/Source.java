package io.cotasks.store.model;

/** Where a graph element came from; annotations, derivations and detections never mix silently. */
public enum Source {
    /** Human annotation from a dataset (VidOR, VidSTG, STAR, Charades). */
    ANNOTATION,
    /** Computed by cotasks from other elements (spatial relations from boxes, Allen relations). */
    DERIVED,
    /** Produced by the perception pipeline from raw video (detector and tracker). */
    DETECTED;

    /** The lower-case name stored in the graph and used by the DSL. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Source fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
