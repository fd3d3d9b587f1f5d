package io.cotasks.query.ast;

import java.util.List;

/** A statement that produces rows. */
public sealed interface Query extends Statement {

    /** Calls the visitor's method for this kind of query. */
    <R> R accept(Query.Visitor<R> visitor);

    @Override
    default <R> R accept(Statement.Visitor<R> visitor) {
        return accept((Query.Visitor<R>) visitor);
    }

    /** One method per kind of query. */
    interface Visitor<R> {

        R visitVideos(Videos videos);

        R visitEntities(Entities entities);

        R visitEvents(Events events);

        R visitLocalize(Localize localize);

        R visitTrack(Track track);

        R visitSpatial(Spatial spatial);

        R visitTemporal(Temporal temporal);

        R visitBelongs(Belongs belongs);

        R visitEquals(Equals equals);

        R visitSetOps(SetOps setOps);
    }

    /** {@code VIDEOS [WHERE dataset = 'vidor' AND ...] [LIMIT n]}. */
    record Videos(Pos pos, List<Constraint.Comparison> filters, Long limit) implements Query {
        public Videos {
            filters = List.copyOf(filters);
        }

        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitVideos(this);
        }
    }

    /** {@code ENTITIES [(x:adult)] <scope> [LIMIT n]}; node is null for all entities. */
    record Entities(Pos pos, NodePattern node, Scope scope, Long limit) implements Query, Scoped {
        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitEntities(this);
        }
    }

    /** {@code EVENTS <bindings> <scope> [WHERE ...] [RETURN ...] [LIMIT n]}; ret is null for the default. */
    record Events(Pos pos, List<Binding> bindings, Scope scope, List<Constraint> where, ReturnClause ret,
                  Long limit) implements Query, Scoped {
        public Events {
            bindings = List.copyOf(bindings);
            where = List.copyOf(where);
        }

        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitEvents(this);
        }
    }

    /** Frame localization: {@code LOCALIZE <bindings> <scope> [WHERE ...] [LIMIT n]}. */
    record Localize(Pos pos, List<Binding> bindings, Scope scope, List<Constraint> where, Long limit)
            implements Query, Scoped {
        public Localize {
            bindings = List.copyOf(bindings);
            where = List.copyOf(where);
        }

        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitLocalize(this);
        }
    }

    /** Entity tracking: {@code TRACK (node) <scope> [SAMPLE n]}; sample is null for every box. */
    record Track(Pos pos, NodePattern node, Scope scope, Long sample) implements Query, Scoped {
        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitTrack(this);
        }
    }

    /** Spatial relation extraction: {@code SPATIAL (a), (b) <scope>}. */
    record Spatial(Pos pos, List<NodePattern> nodes, Scope scope) implements Query, Scoped {
        public Spatial {
            nodes = List.copyOf(nodes);
        }

        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitSpatial(this);
        }
    }

    /** Temporal relation extraction: {@code TEMPORAL <bindings> <scope> [WHERE ...]}. */
    record Temporal(Pos pos, List<Binding> bindings, Scope scope, List<Constraint> where) implements Query, Scoped {
        public Temporal {
            bindings = List.copyOf(bindings);
            where = List.copyOf(where);
        }

        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitTemporal(this);
        }
    }

    /** {@code 'sandwich' IN s1} (STAR's Belong_to). */
    record Belongs(Pos pos, Literal value, Name step) implements Query {
        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitBelongs(this);
        }
    }

    /**
     * {@code s1 = s2} or {@code s1 = 'sandwich'} (STAR's Equal).
     *
     * @param rightStep the step on the right, or null when the right side is a literal
     * @param rightValue the literal on the right, or null when it is a step
     */
    record Equals(Pos pos, Name left, Name rightStep, Literal rightValue) implements Query {
        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitEquals(this);
        }
    }

    /** {@code s1}, {@code s1 UNION s2 EXCEPT s3} (left to right). */
    record SetOps(Pos pos, Name first, List<SetOp> operators, List<Name> rest) implements Query {
        public SetOps {
            operators = List.copyOf(operators);
            rest = List.copyOf(rest);
        }

        @Override
        public <R> R accept(Query.Visitor<R> visitor) {
            return visitor.visitSetOps(this);
        }
    }
}
