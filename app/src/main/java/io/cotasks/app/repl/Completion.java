package io.cotasks.app.repl;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.check.Vocabulary;
import io.cotasks.store.CotasksException;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;

/** TAB completion: keywords, shell commands, the graph's categories and predicates, step names. */
final class Completion implements Completer {

    static final List<String> KEYWORDS = List.of("USE", "VIDEO", "LET", "VIDEOS", "ENTITIES", "EVENTS", "LOCALIZE",
            "TRACK", "SPATIAL", "TEMPORAL", "SAMPLE", "IN", "SOURCE", "WHERE", "AND", "RETURN", "DISTINCT", "COUNT",
            "BY", "EARLIEST", "LATEST", "LIMIT", "FRAMES", "SECONDS", "FIRST", "LAST", "AT", "FRAME", "BEFORE",
            "AFTER", "MEETS", "MET", "OVERLAPS", "OVERLAPPED", "STARTS", "STARTED", "DURING", "CONTAINS",
            "FINISHES", "FINISHED", "EQUALS", "INTERSECTS", "WITHIN", "UNION", "EXCEPT", "INTERSECT", "EXPLAIN",
            "PROFILE", "annotation", "derived", "detected", "spatial", "contact", "attention", "action");
    static final List<String> COMMANDS = List.of(":help", ":schema", ":quit");

    private final QueryEngine engine;

    Completion(QueryEngine engine) {
        this.engine = engine;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        KEYWORDS.forEach(k -> candidates.add(new Candidate(k, k, "keyword", null, null, null, true)));
        if (line.wordIndex() == 0) {
            COMMANDS.forEach(c -> candidates.add(new Candidate(c, c, "command", null, null, null, true)));
        }
        try {
            Vocabulary v = engine.vocabulary();
            v.categories().forEach(c -> candidates.add(new Candidate(c, c, "category", null, null, null, true)));
            v.predicates().forEach(p -> candidates.add(new Candidate(p, p, "predicate", null, null, null, true)));
        } catch (CotasksException e) {
            // completion must never break the prompt; the next statement reports the store's problem
        }
        engine.steps().keySet().forEach(s -> candidates.add(new Candidate(s, s, "step", null, null, null, true)));
    }
}
