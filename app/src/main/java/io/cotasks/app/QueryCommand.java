package io.cotasks.app;

import io.cotasks.app.repl.QueryErrors;
import io.cotasks.app.repl.Repl;
import io.cotasks.app.repl.ResultPrinter;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.error.QueryException;
import io.cotasks.query.StatementResult;
import io.cotasks.store.CotasksException;
import io.cotasks.store.ErrorKind;
import io.cotasks.store.SceneGraphStore;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cotasks query [--db DIR|--uri URI] [--format table|json|csv] ['statement' | --file script.ctq]}:
 * runs DSL statements, a script, or the interactive shell when neither is given.
 */
@Command(name = "query", description = "Run DSL statements, a script, or the REPL (docs/dsl.md).")
public final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--file", paramLabel = "SCRIPT", description = "Run the statements of a script file.")
    Path file;

    @Parameters(arity = "0..1", paramLabel = "STATEMENT", description = "Statements separated by ';'.")
    String statement;

    @Option(names = "--timeout", paramLabel = "TIME",
            description = "Stop a statement that runs longer, e.g. 30s, 5m, 500ms; 0 for no limit "
                    + "(default: 60s in the shell, no limit for a statement or --file).")
    String timeout;

    @Spec
    CommandSpec spec;

    /** The shell's statement time limit unless --timeout says otherwise. */
    static final Duration SHELL_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public Integer call() {
        ResultPrinter.Format fmt = format();
        if (file != null && statement != null) {
            throw new CotasksException("give either a statement or --file, not both", CotasksException.USAGE, null);
        }
        String script = file != null ? read(file) : statement;
        Duration limit = timeout != null ? duration(timeout) : script == null ? SHELL_TIMEOUT : Duration.ZERO;
        try (SceneGraphStore graph = store.open()) {
            graph.readTimeout(limit);
            if (script == null) {
                return shell(graph, fmt);
            }
            PrintWriter out = spec.commandLine().getOut();
            ResultPrinter printer = new ResultPrinter(fmt, out, spec.commandLine().getErr());
            try {
                List<StatementResult> results = QueryEngine.on(graph).runScript(script);
                results.forEach(printer::print);
            } catch (QueryException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(QueryErrors.describe(e, script, file == null ? "error: " : "error: " + file + ": "));
                err.flush();
                return ExitCodes.of(ErrorKind.QUERY);
            }
            out.flush();
        }
        return 0;
    }

    private ResultPrinter.Format format() {
        try {
            return ResultPrinter.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CotasksException("unknown --format '" + format + "' (table, json or csv)", CotasksException.USAGE, null);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CotasksException(file + ": no such file", CotasksException.USAGE, null);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CotasksException(file + ": not a UTF-8 text file", CotasksException.USAGE, null);
        } catch (IOException e) {
            throw new CotasksException(file + ": " + e.getMessage(), CotasksException.RUNTIME, e);
        }
    }

    /** {@code 30s}, {@code 5m}, {@code 500ms}, {@code 1h}, or a number of seconds. */
    static Duration duration(String text) {
        Matcher m = Pattern.compile("(\\d{1,9})(ms|s|m|h)?").matcher(text.strip());
        if (!m.matches()) {
            throw new CotasksException("--timeout " + text + ": expected a time such as 30s, 5m or 500ms (0: no limit)",
                    CotasksException.USAGE, null);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private int shell(SceneGraphStore graph, ResultPrinter.Format fmt) {
        if (System.console() == null) {
            // input from a pipe or a file: no terminal, no line editor (and no JLine warning about a dumb terminal)
            try {
                return Repl.runPiped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                        graph, fmt, spec.commandLine().getOut(), spec.commandLine().getErr()).map(ExitCodes::of).orElse(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path history = Path.of(System.getProperty("user.home"), ".cotasks_history");
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            Repl.run(terminal, graph, fmt, history);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
