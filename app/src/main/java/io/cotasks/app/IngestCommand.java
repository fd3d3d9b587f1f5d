package io.cotasks.app;

import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until its issue lands. */
@Command(name = "ingest", description = "Load annotations (vidor, vidstg, star, nextqa, charades) or raw video into the scene graph.")
public final class IngestCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new CotasksException("'ingest' is not available yet");
    }
}
