package io.cotasks.query.ast;

/** A time window. Frame ranges are half-open {@code [from, to)}, like event spans. */
public sealed interface TimeFilter extends AstNode {

    /** {@code FRAMES from..to}. */
    record FrameRange(Pos pos, long from, long to) implements TimeFilter {
    }

    /** {@code SECONDS from..to}. */
    record SecondRange(Pos pos, double from, double to) implements TimeFilter {
    }

    /** {@code FIRST 5s}. */
    record First(Pos pos, double seconds) implements TimeFilter {
    }

    /** {@code LAST 10s}. */
    record Last(Pos pos, double seconds) implements TimeFilter {
    }

    /** {@code AT FRAME n}. */
    record AtFrame(Pos pos, long frame) implements TimeFilter {
    }

    /** {@code AT 3.5s}. */
    record AtSecond(Pos pos, double seconds) implements TimeFilter {
    }
}
