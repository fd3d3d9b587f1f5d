package io.cotasks.store.model;

/** The kind of an event's predicate, following the VidOR taxonomy plus STAR actions. */
public enum PredicateKind {
    /** A geometric relation such as left of, above, inside, near, in front of. */
    SPATIAL,
    /** Physical contact between subject and object: hold, touch, lean on, ride. */
    CONTACT,
    /** The subject looks at or attends to the object: watch, look at, point to. */
    ATTENTION,
    /** Any other action of the subject, with or without an object: run, throw, put down. */
    ACTION;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PredicateKind fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
