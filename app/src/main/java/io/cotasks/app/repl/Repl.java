package io.cotasks.app.repl;

import io.cotasks.query.QueryEngine;
import io.cotasks.query.error.QueryException;
import io.cotasks.query.StatementResult;
import io.cotasks.query.check.Vocabulary;
import io.cotasks.store.CotasksException;
import io.cotasks.store.ErrorKind;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.StoreStats;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interactive shell of {@code cotasks query}: statements end with {@code ;} and may span lines; history
 * is kept in a file; TAB completes keywords, the graph's categories and predicates, and step names.
 */
public final class Repl {

    static final String HELP = """
            Statements end with ';' and may span several lines. Keywords are case-insensitive.
              USE VIDEO '2793806282';                      set the default video
              ENTITIES; VIDEOS LIMIT 5;                     list what the graph holds
              EVENTS e = (x:adult)-[watch]->(y:dog) RETURN e.begin, e.end;
              LOCALIZE (x:adult)-[watch]->(y:dog);         frame localization
              TRACK (x#1) FRAMES 29..119 SAMPLE 4;         entity tracking
              SPATIAL (x:adult), (y:dog) AT FRAME 30;      spatial relation extraction
              TEMPORAL a = (x#0)-[watch]->(y), b = (x)-[pull]->(y);   temporal relation extraction
              LET s = EVENTS ... RETURN DISTINCT o.category;  then  s UNION t;  'cup' IN s;
              EXPLAIN <statement>;  PROFILE <statement>;
            Commands: :help  :schema  :quit    (the full language: docs/dsl.md)""";

    private final QueryEngine engine;
    private final SceneGraphStore store;
    private final ResultPrinter printer;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean failed;

    private Repl(SceneGraphStore store, QueryEngine engine, ResultPrinter.Format format, PrintWriter out,
                 PrintWriter err) {
        this.store = store;
        this.engine = engine;
        this.out = out;
        this.err = err;
        this.printer = new ResultPrinter(format, out, err);
    }

    /**
     * Runs the shell on a terminal until {@code :quit} or end of input. Ctrl-C at the prompt clears the line;
     * during a statement it cancels the statement ({@link SceneGraphStore#cancelReads}) and the shell goes on
     * with its {@code USE} and {@code LET} state.
     */
    public static void run(Terminal terminal, SceneGraphStore store, ResultPrinter.Format format, Path history) {
        QueryEngine engine = QueryEngine.on(store);
        PrintWriter out = terminal.writer();
        Repl repl = new Repl(store, engine, format, out, out);
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("cotasks")
                .parser(new StatementParser()).completer(new Completion(engine))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "     ...> ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> store.cancelReads());
        try {
            out.println("cotasks query on " + store.describe() + ". Type :help for help, :quit to leave.");
            out.flush();
            while (true) {
                String input;
                try {
                    input = reader.readLine(prompt(engine));
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                if (!repl.handle(input.strip())) {
                    break;
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
        out.flush();
    }

    /**
     * Runs statements read from a pipe or file, split as the shell splits them, with no prompts; errors go to
     * {@code err} and do not stop later statements.
     *
     * @return the kind of error when a statement failed ({@link ErrorKind#QUERY}), empty when all ran
     */
    public static Optional<ErrorKind> runPiped(BufferedReader in, SceneGraphStore store, ResultPrinter.Format format,
                               PrintWriter out, PrintWriter err) throws IOException {
        Repl repl = new Repl(store, QueryEngine.on(store), format, out, err);
        StringBuilder pending = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            pending.append(pending.length() == 0 ? "" : "\n").append(line);
            if (StatementParser.complete(pending.toString())) {
                String input = pending.toString().strip();
                pending.setLength(0);
                if (!repl.handle(input)) {
                    return repl.failed ? Optional.of(ErrorKind.QUERY) : Optional.empty();
                }
            }
        }
        if (!pending.toString().isBlank()) {
            repl.handle(pending.toString().strip());
        }
        return repl.failed ? Optional.of(ErrorKind.QUERY) : Optional.empty();
    }

    private static String prompt(QueryEngine engine) {
        return engine.currentVideo() == null ? "cotasks> " : "cotasks:" + engine.currentVideo() + "> ";
    }

    /** Handles one input; false when the user leaves. */
    boolean handle(String input) {
        if (input.isEmpty()) {
            return true;
        }
        if (input.startsWith(":")) {
            return command(input);
        }
        try {
            List<StatementResult> results = engine.runScript(input);
            results.forEach(printer::print);
        } catch (QueryException e) {
            failed = true;
            out.flush();
            err.println(QueryErrors.describe(e, input, "error: "));
        } catch (CotasksException e) {
            failed = true;
            out.flush();
            err.println("error: " + e.getMessage());
        }
        out.flush();
        err.flush();
        return true;
    }

    private boolean command(String input) {
        switch (input.split("\\s+")[0]) {
            case ":quit", ":exit", ":q" -> {
                return false;
            }
            case ":help", ":h" -> out.println(HELP);
            case ":schema" -> schema();
            default -> out.println("unknown command " + input.split("\\s+")[0] + " (try :help)");
        }
        out.flush();
        return true;
    }

    private void schema() {
        engine.refresh();
        StoreStats stats = store.stats();
        out.println("Store: " + store.describe());
        out.println("Nodes: " + stats.labels());
        out.println("Relationships: " + stats.relationshipTypes());
        Vocabulary v = engine.vocabulary();
        out.println("Categories (" + v.categories().size() + "): " + String.join(", ", new java.util.TreeSet<>(v.categories())));
        out.println("Predicates (" + v.predicates().size() + "): " + String.join(", ", new java.util.TreeSet<>(v.predicates())));
        out.println("Kinds: spatial, contact, attention, action    Sources: annotation, derived, detected");
        Map<String, ?> steps = engine.steps();
        if (!steps.isEmpty()) {
            out.println("Steps: " + steps);
        }
    }
}
