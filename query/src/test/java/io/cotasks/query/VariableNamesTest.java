package io.cotasks.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiler chooses its own Cypher names, so a DSL variable may be any name the grammar allows: Cypher
 * keywords, Cypher functions and the compiler's own result columns give the same rows as plain names.
 */
@ExtendWith(RealGraph.class)
class VariableNamesTest {

    private static final String VIDEO = " IN VIDEO '2793806282'";

    @Test
    void cypherKeywordsAsVariables() {
        String plain = "EVENTS a = (x:adult)-[watch]->(y:dog), b = (x)-[pull]->(y)" + VIDEO
                + " WHERE a BEFORE b RETURN x.track, a.begin, b.begin, y.track";
        String keywords = "EVENTS null = (match:adult)-[watch]->(with:dog), order = (match)-[pull]->(with)" + VIDEO
                + " WHERE null BEFORE order RETURN match.track, null.begin, order.begin, with.track";
        assertThat(values(keywords)).isNotEmpty().isEqualTo(values(plain));
    }

    @Test
    void resultColumnsAndFunctionsAsVariables() {
        String plain = "EVENTS e = (x)-[watch]->(y)" + VIDEO + " RETURN COUNT(*) BY x.track";
        String shadowing = "EVENTS type = (id)-[watch]->(size)" + VIDEO + " RETURN COUNT(*) BY id.track";
        assertThat(values(shadowing)).isNotEmpty().isEqualTo(values(plain));
    }

    @Test
    void eventNamedLikeAnotherBindingsDefault() {
        String plain = "EVENTS a = (x#0)-[watch]->(y#1), b = (x)-[watch]->(y)" + VIDEO + " WHERE a BEFORE b";
        String swapped = "EVENTS e2 = (x#0)-[watch]->(y#1), e1 = (x)-[watch]->(y)" + VIDEO + " WHERE e2 BEFORE e1";
        assertThat(values(swapped)).isNotEmpty().isEqualTo(values(plain));
    }

    /** Rows as lists of values in column order, so that different variable names compare equal. */
    private static List<List<Object>> values(String statement) {
        StatementResult result = QueryEngine.on(RealGraph.store()).run(statement);
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : result.rows()) {
            rows.add(result.columns().stream().map(row::get).toList());
        }
        return rows;
    }
}
