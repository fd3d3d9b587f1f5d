package io.cotasks.query.ast;

import java.util.List;

/** The {@code RETURN} clause of {@code EVENTS}. */
public sealed interface ReturnClause extends AstNode {

    /** Calls the visitor's method for this kind of node. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of return clause. */
    interface Visitor<R> {

        R visitItems(Items items);

        R visitCount(Count count);

        R visitExtreme(Extreme extreme);
    }

    /** {@code RETURN [DISTINCT] item, ...}. */
    record Items(Pos pos, boolean distinct, List<Item> items) implements ReturnClause {
        public Items {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(ReturnClause.Visitor<R> visitor) {
            return visitor.visitItems(this);
        }
    }

    /** {@code RETURN COUNT(*) [BY item, ...]} or {@code RETURN COUNT(DISTINCT item) [BY ...]}. */
    record Count(Pos pos, Item distinctOf, List<Item> by) implements ReturnClause {
        public Count {
            by = List.copyOf(by);
        }

        @Override
        public <R> R accept(ReturnClause.Visitor<R> visitor) {
            return visitor.visitCount(this);
        }
    }

    /**
     * {@code RETURN EARLIEST e}, {@code RETURN LATEST e.label}, {@code RETURN LATEST o.category BY t}.
     *
     * @param by the event that orders, or null for the item's own event (or the only event)
     */
    record Extreme(Pos pos, boolean earliest, Item item, Name by) implements ReturnClause {
        @Override
        public <R> R accept(ReturnClause.Visitor<R> visitor) {
            return visitor.visitExtreme(this);
        }
    }
}
