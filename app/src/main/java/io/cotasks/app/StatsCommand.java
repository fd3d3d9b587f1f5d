package io.cotasks.app;

import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until its issue lands. */
@Command(name = "stats", description = "Print node and relationship counts.")
public final class StatsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new CotasksException("'stats' is not available yet");
    }
}
