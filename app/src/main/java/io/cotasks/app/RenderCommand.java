package io.cotasks.app;

import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until its issue lands. */
@Command(name = "render", description = "Draw boxes and relations on a frame, or a video's events as a timeline.")
public final class RenderCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new CotasksException("'render' is not available yet");
    }
}
