package io.cotasks.app.repl;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.check.Properties;
import io.cotasks.query.check.Vocabulary;
import io.cotasks.query.parser.Keywords;
import io.cotasks.store.CotasksException;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;
import java.util.stream.Stream;

/** TAB completion: keywords, shell commands, the graph's categories and predicates, step names. */
final class Completion implements Completer {

    /** The language's keywords (from its lexer), then the source and kind names it knows. */
    static final List<String> KEYWORDS = Stream.of(Keywords.ALL.stream(), Properties.SOURCES.stream().sorted(),
            Properties.KINDS.stream().sorted()).flatMap(s -> s).toList();
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
