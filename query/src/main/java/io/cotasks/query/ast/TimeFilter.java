package io.cotasks.query.ast;

/** A time window. Frame ranges are half-open {@code [from, to)}, like event spans. */
public sealed interface TimeFilter extends AstNode {

    /** Calls the visitor's method for this kind of node. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of time filter. */
    interface Visitor<R> {

        R visitFrameRange(FrameRange frameRange);

        R visitSecondRange(SecondRange secondRange);

        R visitFirst(First first);

        R visitLast(Last last);

        R visitAtFrame(AtFrame atFrame);

        R visitAtSecond(AtSecond atSecond);
    }

    /** {@code FRAMES from..to}. */
    record FrameRange(Pos pos, long from, long to) implements TimeFilter {
        @Override
        public <R> R accept(TimeFilter.Visitor<R> visitor) {
            return visitor.visitFrameRange(this);
        }
    }

    /** {@code SECONDS from..to}. */
    record SecondRange(Pos pos, double from, double to) implements TimeFilter {
        @Override
        public <R> R accept(TimeFilter.Visitor<R> visitor) {
            return visitor.visitSecondRange(this);
        }
    }

    /** {@code FIRST 5s}. */
    record First(Pos pos, double seconds) implements TimeFilter {
        @Override
        public <R> R accept(TimeFilter.Visitor<R> visitor) {
            return visitor.visitFirst(this);
        }
    }

    /** {@code LAST 10s}. */
    record Last(Pos pos, double seconds) implements TimeFilter {
        @Override
        public <R> R accept(TimeFilter.Visitor<R> visitor) {
            return visitor.visitLast(this);
        }
    }

    /** {@code AT FRAME n}. */
    record AtFrame(Pos pos, long frame) implements TimeFilter {
        @Override
        public <R> R accept(TimeFilter.Visitor<R> visitor) {
            return visitor.visitAtFrame(this);
        }
    }

    /** {@code AT 3.5s}. */
    record AtSecond(Pos pos, double seconds) implements TimeFilter {
        @Override
        public <R> R accept(TimeFilter.Visitor<R> visitor) {
            return visitor.visitAtSecond(this);
        }
    }
}
