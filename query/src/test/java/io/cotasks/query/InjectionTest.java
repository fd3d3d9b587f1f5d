package io.cotasks.query;

import io.cotasks.query.error.QueryException;
import io.cotasks.store.StoreStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quotes, backticks and Cypher fragments inside string literals reach Neo4j only as parameter values:
 * the Cypher text is the same as for a harmless value, the parameter holds the exact text, and the graph
 * is unchanged after running.
 */
@ExtendWith(RealGraph.class)
class InjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "x' OR 1=1 //",
            "vidor'}) DETACH DELETE n //",
            "`) MATCH (n) DETACH DELETE n //",
            "'; MATCH (n) DETACH DELETE n; //",
            "$video",
            "\\' RETURN 1 UNION MATCH (n) RETURN n //",
            "\" } ) CALL db.clearQueryCaches() //"})
    void literalsCannotChangeTheQuery(String evil) {
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        StoreStats before = RealGraph.store().stats();
        String quoted = "'" + evil.replace("'", "''") + "'";

        StatementResult harmless = engine.run("VIDEOS WHERE dataset = 'vidor'");
        StatementResult attack = engine.run("VIDEOS WHERE dataset = " + quoted);
        assertThat(attack.cypher()).isEqualTo(harmless.cypher()).doesNotContain(evil);
        assertThat(attack.parameters()).containsEntry("dataset", evil);
        assertThat(attack.rows()).isEmpty();

        StatementResult label = engine.run("EVENTS e = (p:person)-[*:action] IN VIDEO 'LEG82' WHERE e.label = " + quoted
                + " RETURN e.label");
        assertThat(label.cypher()).isEqualTo(engine.run("EVENTS e = (p:person)-[*:action] IN VIDEO 'LEG82' WHERE "
                + "e.label = 'a053' RETURN e.label").cypher());
        assertThat(label.parameters()).containsEntry("e_label", evil);
        assertThat(label.rows()).isEmpty();

        engine.run("LET s = EVENTS e = (p:person)-[put:action]->(o) IN VIDEO 'LEG82' RETURN DISTINCT o.category");
        assertThat(engine.run(quoted + " IN s").rows().get(0)).containsEntry("value", false);

        assertThatThrownBy(() -> engine.run("ENTITIES (x:" + quoted + ")")).isInstanceOf(QueryException.class)
                .hasMessageStartingWith("line 1:13: unknown category '" + evil + "'");
        assertThatThrownBy(() -> engine.run("USE VIDEO " + quoted)).isInstanceOf(QueryException.class)
                .hasMessageStartingWith("line 1:11: unknown video '" + evil + "'");

        assertThat(RealGraph.store().stats()).isEqualTo(before);
    }

    @Test
    void backticksAndBracesOutsideStringsAreSyntaxErrors() {
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        assertThatThrownBy(() -> engine.run("ENTITIES (x:`Entity`) DETACH DELETE x"))
                .hasMessage("line 1:13: unexpected character '`'");
        assertThatThrownBy(() -> engine.run("VIDEOS } MATCH (n) DELETE n"))
                .hasMessage("line 1:8: unexpected character '}'");
    }
}
