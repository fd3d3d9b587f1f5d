package io.cotasks.query.compile;

import io.cotasks.store.Schema;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;

import java.util.List;

/**
 * The engine's own look-ups: the graph's vocabulary and its videos. Each result has one column, {@code value}.
 * Their Cypher texts are cached like a statement's ({@link CypherTexts}) under shape keys no statement has (a
 * statement's key starts with {@code V} or {@code -}): {@code USE VIDEO} and every statement on a new video look
 * the video up.
 */
public final class GraphLookups {

    private GraphLookups() {
    }

    /** Every entity category in the graph. */
    public static CompiledQuery categories() {
        Node n = Cypher.node(Schema.ENTITY).named("n");
        return value(Cypher.match(n).returningDistinct(n.property(Schema.CATEGORY).as(Columns.VALUE)).build(),
                new Params("lookup categories"));
    }

    /** Every event predicate in the graph. */
    public static CompiledQuery predicates() {
        Node n = Cypher.node(Schema.EVENT).named("n");
        return value(Cypher.match(n).returningDistinct(n.property(Schema.PREDICATE).as(Columns.VALUE)).build(),
                new Params("lookup predicates"));
    }

    /** Every video id in the graph. */
    public static CompiledQuery videoIds() {
        Node v = Cypher.node(Schema.VIDEO).named("v");
        return value(Cypher.match(v).returning(v.property(Schema.ID).as(Columns.VALUE)).build(),
                new Params("lookup videos"));
    }

    /** The id of one video: one row when the graph has it, none otherwise ({@code USE VIDEO}). */
    public static CompiledQuery video(String id) {
        Params params = new Params("lookup video");
        Node v = Cypher.node(Schema.VIDEO).named("v");
        Statement s = Cypher.match(v).where(v.property(Schema.ID).isEqualTo(params.add(Columns.VIDEO, id)))
                .returning(v.property(Schema.ID).as(Columns.VALUE)).build();
        return value(s, params);
    }

    private static CompiledQuery value(Statement s, Params params) {
        return new CompiledQuery.Rows(CypherCompiler.render(s, params), params.values(), List.of(Columns.VALUE));
    }
}
