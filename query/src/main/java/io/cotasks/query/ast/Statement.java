package io.cotasks.query.ast;

/** One statement of a script. */
public sealed interface Statement extends AstNode
        permits Statement.Explain, Statement.Profile, Statement.UseVideo, Statement.Let, Query {

    /** {@code EXPLAIN <statement>}: compile only, show the Cypher and its parameters. */
    record Explain(Pos pos, Statement inner) implements Statement {
    }

    /** {@code PROFILE <statement>}: run with Neo4j's profiler and report db hits. */
    record Profile(Pos pos, Statement inner) implements Statement {
    }

    /** {@code USE VIDEO 'id'}: the default video of later statements. */
    record UseVideo(Pos pos, Literal video) implements Statement {
    }

    /** {@code LET name = <query>}: a named step whose rows later statements refer to. */
    record Let(Pos pos, Name name, Query query) implements Statement {
    }
}
