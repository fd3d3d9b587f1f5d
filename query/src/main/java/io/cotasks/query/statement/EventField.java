package io.cotasks.query.statement;

/** What an {@code EVENTS} statement built by {@link Statements#events} returns, in the order given. */
public enum EventField {
    PREDICATE(Role.EVENT, "predicate"),
    KIND(Role.EVENT, "kind"),
    SOURCE(Role.EVENT, "source"),
    LABEL(Role.EVENT, "label"),
    BEGIN(Role.EVENT, "begin"),
    END(Role.EVENT, "end"),
    TEXTS(Role.EVENT, "texts"),
    SUBJECT_TRACK(Role.SUBJECT, "track"),
    SUBJECT_CATEGORY(Role.SUBJECT, "category"),
    OBJECT_TRACK(Role.OBJECT, "track"),
    OBJECT_CATEGORY(Role.OBJECT, "category");

    /** Whose property: the event's, its subject's or its object's. */
    enum Role { EVENT, SUBJECT, OBJECT }

    private final Role role;
    private final String property;

    EventField(Role role, String property) {
        this.role = role;
        this.property = property;
    }

    Role role() {
        return role;
    }

    /** The property as the DSL names it. */
    String property() {
        return property;
    }
}
