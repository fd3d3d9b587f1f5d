package io.cotasks.query.ast;

/** A {@code WHERE} condition. */
public sealed interface Constraint extends AstNode {

    /** Calls the visitor's method for this kind of node. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of constraint. */
    interface Visitor<R> {

        R visitTemporal(Temporal temporal);

        R visitWithin(Within within);

        R visitComparison(Comparison comparison);
    }

    /** {@code a BEFORE b}; either side may name a {@code LET} step that holds events. */
    record Temporal(Pos pos, Name left, TemporalOp op, Name right) implements Constraint {
        @Override
        public <R> R accept(Constraint.Visitor<R> visitor) {
            return visitor.visitTemporal(this);
        }
    }

    /**
     * {@code a WITHIN 2s AFTER b} or {@code a WITHIN 30 FRAMES BEFORE b}.
     *
     * @param amount the bound, in seconds or frames
     * @param frames true when the bound is in frames
     * @param after  true for AFTER, false for BEFORE
     */
    record Within(Pos pos, Name left, double amount, boolean frames, boolean after, Name right)
            implements Constraint {
        @Override
        public <R> R accept(Constraint.Visitor<R> visitor) {
            return visitor.visitWithin(this);
        }
    }

    /** {@code e.begin >= 30}, {@code x.track = 1}, {@code e.label = 'a012'}. */
    record Comparison(Pos pos, Name variable, Name property, CompareOp op, Literal value) implements Constraint {
        @Override
        public <R> R accept(Constraint.Visitor<R> visitor) {
            return visitor.visitComparison(this);
        }
    }
}
