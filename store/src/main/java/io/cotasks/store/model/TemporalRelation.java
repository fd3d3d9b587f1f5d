package io.cotasks.store.model;

/**
 * An Allen relation between two events of one video, always stored in its canonical direction.
 *
 * @param fromUid  the uid of the event the relation starts at
 * @param relation a canonical Allen relation
 * @param toUid    the uid of the other event
 */
public record TemporalRelation(String fromUid, AllenRelation relation, String toUid) {

    public TemporalRelation {
        if (!relation.isCanonical()) {
            throw new IllegalArgumentException(relation + " is not canonical; store " + relation.inverse()
                    + " the other way round");
        }
    }

    /** The canonical relation between two events, oriented so that it can be stored. */
    public static TemporalRelation between(Event a, Event b) {
        AllenRelation r = AllenRelation.of(a.interval(), b.interval());
        return r.isCanonical() ? new TemporalRelation(a.uid(), r, b.uid())
                : new TemporalRelation(b.uid(), r.inverse(), a.uid());
    }
}
