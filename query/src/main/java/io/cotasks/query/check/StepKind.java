package io.cotasks.query.check;

/** What a {@code LET} step holds: events (usable in temporal constraints) or plain values. */
public enum StepKind {
    EVENTS, VALUES
}
