package io.cotasks.app;

import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until its issue lands. */
@Command(name = "demo", description = "Ingest the bundled sample data into the embedded database and print CoT steps for real questions.")
public final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new CotasksException("'demo' is not available yet");
    }
}
