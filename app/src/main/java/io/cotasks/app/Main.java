package io.cotasks.app;

import io.cotasks.store.CotasksException;
import io.cotasks.store.ErrorKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code cotasks} command line. */
@Command(name = "cotasks", mixinStandardHelpOptions = true, version = "cotasks 0.1.0",
        description = "Video scene graphs in Neo4j, a query DSL, and chain-of-thought steps for video LLMs.",
        subcommands = {DemoCommand.class, IngestCommand.class, QueryCommand.class, CotCommand.class,
                EvalCommand.class, ServeCommand.class, StatsCommand.class, BenchCommand.class,
                RenderCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    static boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 runtime failure, 2 usage, 3 query error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        addHelpOptions(cli);
        cli.setExecutionExceptionHandler(Main::handle);
        return cli.execute(args);
    }

    /** Gives every subcommand {@code -h/--help} and {@code -V/--version}, not only the top command. */
    private static void addHelpOptions(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions() && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            addHelpOptions(sub);
        }
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (verbose) {
            e.printStackTrace(cli.getErr());
        }
        if (e instanceof CotasksException ce) {
            cli.getErr().println("error: " + ce.getMessage());
            return ExitCodes.of(ce.kind());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cli.getErr().println("error: " + message.lines().findFirst().orElse(message)
                + (verbose ? "" : " (run with --verbose for details)"));
        return ExitCodes.of(ErrorKind.FAILURE);
    }
}
