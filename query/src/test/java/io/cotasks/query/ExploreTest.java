package io.cotasks.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@ExtendWith(RealGraph.class)
class ExploreTest {

    @Test
    void explore() throws Exception {
        QueryEngine q = QueryEngine.on(RealGraph.store());
        StringBuilder sb = new StringBuilder();
        for (String s : Files.readAllLines(Path.of("/tmp/explore.ctq"))) {
            if (s.isBlank()) continue;
            sb.append("\n>>> ").append(s).append('\n');
            try {
                StatementResult r = q.run(s);
                sb.append(r.cypher()).append('\n').append(r.parameters()).append('\n').append(r.columns()).append('\n');
                r.rows().stream().limit(40).forEach(row -> sb.append(row).append('\n'));
                sb.append("(").append(r.rows().size()).append(" rows)\n");
            } catch (QueryException e) {
                sb.append("ERR ").append(e.getMessage()).append('\n');
            }
        }
        Files.writeString(Path.of("/tmp/explore.out"), sb);
    }
}
