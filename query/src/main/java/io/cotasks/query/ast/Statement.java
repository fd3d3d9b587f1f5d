package io.cotasks.query.ast;

/** One statement of a script. */
public sealed interface Statement extends AstNode
        permits Statement.Explain, Statement.Profile, Statement.UseVideo, Statement.Let, Query {

    /** Calls the visitor's method for this kind of statement. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of statement, queries included. */
    interface Visitor<R> extends Query.Visitor<R> {

        R visitExplain(Explain explain);

        R visitProfile(Profile profile);

        R visitUseVideo(UseVideo useVideo);

        R visitLet(Let let);
    }

    /** A visitor that handles every kind of query alike, in {@link #visitQuery}. */
    interface CommandVisitor<R> extends Visitor<R> {

        R visitQuery(Query query);

        @Override
        default R visitVideos(Query.Videos videos) {
            return visitQuery(videos);
        }

        @Override
        default R visitEntities(Query.Entities entities) {
            return visitQuery(entities);
        }

        @Override
        default R visitEvents(Query.Events events) {
            return visitQuery(events);
        }

        @Override
        default R visitLocalize(Query.Localize localize) {
            return visitQuery(localize);
        }

        @Override
        default R visitTrack(Query.Track track) {
            return visitQuery(track);
        }

        @Override
        default R visitSpatial(Query.Spatial spatial) {
            return visitQuery(spatial);
        }

        @Override
        default R visitTemporal(Query.Temporal temporal) {
            return visitQuery(temporal);
        }

        @Override
        default R visitBelongs(Query.Belongs belongs) {
            return visitQuery(belongs);
        }

        @Override
        default R visitEquals(Query.Equals equals) {
            return visitQuery(equals);
        }

        @Override
        default R visitSetOps(Query.SetOps setOps) {
            return visitQuery(setOps);
        }
    }

    /** {@code EXPLAIN <statement>}: compile only, show the Cypher and its parameters. */
    record Explain(Pos pos, Statement inner) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExplain(this);
        }
    }

    /** {@code PROFILE <statement>}: run with Neo4j's profiler and report db hits. */
    record Profile(Pos pos, Statement inner) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitProfile(this);
        }
    }

    /** {@code USE VIDEO 'id'}: the default video of later statements. */
    record UseVideo(Pos pos, Literal video) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUseVideo(this);
        }
    }

    /** {@code LET name = <query>}: a named step whose rows later statements refer to. */
    record Let(Pos pos, Name name, Query query) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLet(this);
        }
    }
}
