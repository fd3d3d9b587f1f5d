package io.cotasks.query.ast;

import java.util.Locale;

/** Allen's thirteen relations plus {@code INTERSECTS} (the two spans share at least one frame). */
public enum TemporalOp {
    BEFORE, AFTER, MEETS, MET_BY, OVERLAPS, OVERLAPPED_BY, STARTS, STARTED_BY,
    DURING, CONTAINS, FINISHES, FINISHED_BY, EQUALS, INTERSECTS;

    /** The keywords as written in the language: {@code MET BY}. */
    public String keywords() {
        return name().replace('_', ' ');
    }

    public static TemporalOp ofKeywords(String text) {
        return valueOf(text.trim().replaceAll("\\s+", "_").toUpperCase(Locale.ROOT));
    }
}
