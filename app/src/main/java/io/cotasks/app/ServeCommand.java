package io.cotasks.app;

import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until its issue lands. */
@Command(name = "serve", description = "Open the embedded graph to Neo4j Browser, cypher-shell and drivers.")
public final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new CotasksException("'serve' is not available yet");
    }
}
