package io.cotasks.app;

import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until its issue lands. */
@Command(name = "query", description = "Run DSL statements, a script, or the REPL.")
public final class QueryCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new CotasksException("'query' is not available yet");
    }
}
