package io.cotasks.app;

import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until its issue lands. */
@Command(name = "cot", description = "Decompose questions into the four CoTask steps and export prompts.")
public final class CotCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new CotasksException("'cot' is not available yet");
    }
}
