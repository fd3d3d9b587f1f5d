package io.cotasks.store.model;

import java.util.Locale;

/**
 * Allen's 13 interval relations. Half-open intervals {@code [b,e)}: a MEETS b when a.end == b.begin.
 *
 * <p>The graph stores only the seven {@link #isCanonical() canonical} relations (BEFORE, MEETS, OVERLAPS,
 * STARTS, DURING, FINISHES, EQUALS) as relationship types; an inverse is the same relationship read backwards.
 */
public enum AllenRelation {
    BEFORE, AFTER, MEETS, MET_BY, OVERLAPS, OVERLAPPED_BY, STARTS, STARTED_BY,
    DURING, CONTAINS, FINISHES, FINISHED_BY, EQUALS;

    /** The relation of interval a to interval b. */
    public static AllenRelation of(Interval a, Interval b) {
        return of(a.begin(), a.end(), b.begin(), b.end());
    }

    /** The relation of {@code [ab,ae)} to {@code [bb,be)}. */
    public static AllenRelation of(long ab, long ae, long bb, long be) {
        if (ab == bb && ae == be) {
            return EQUALS;
        }
        if (ae < bb) {
            return BEFORE;
        }
        if (be < ab) {
            return AFTER;
        }
        if (ae == bb) {
            return MEETS;
        }
        if (be == ab) {
            return MET_BY;
        }
        if (ab == bb) {
            return ae < be ? STARTS : STARTED_BY;
        }
        if (ae == be) {
            return ab > bb ? FINISHES : FINISHED_BY;
        }
        if (ab > bb && ae < be) {
            return DURING;
        }
        if (ab < bb && ae > be) {
            return CONTAINS;
        }
        return ab < bb ? OVERLAPS : OVERLAPPED_BY;
    }

    public AllenRelation inverse() {
        return switch (this) {
            case BEFORE -> AFTER;
            case AFTER -> BEFORE;
            case MEETS -> MET_BY;
            case MET_BY -> MEETS;
            case OVERLAPS -> OVERLAPPED_BY;
            case OVERLAPPED_BY -> OVERLAPS;
            case STARTS -> STARTED_BY;
            case STARTED_BY -> STARTS;
            case DURING -> CONTAINS;
            case CONTAINS -> DURING;
            case FINISHES -> FINISHED_BY;
            case FINISHED_BY -> FINISHES;
            case EQUALS -> EQUALS;
        };
    }

    /** True for the seven relations stored as relationship types. */
    public boolean isCanonical() {
        return switch (this) {
            case BEFORE, MEETS, OVERLAPS, STARTS, DURING, FINISHES, EQUALS -> true;
            default -> false;
        };
    }

    /** The canonical relation whose relationship, read in some direction, expresses this one. */
    public AllenRelation canonical() {
        return isCanonical() ? this : inverse();
    }

    /** Words for people: "met by", "overlapped by". */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
