package io.cotasks.app;

import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Stores;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The other process of {@link TwoProcessesTest}: opens the embedded store in {@code args[0]} (creating it when
 * missing, as {@code ingest} does), prints {@code holding} and keeps the store open until its standard input
 * closes.
 */
final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (SceneGraphStore store = Stores.embedded(Path.of(args[0]))) {
            System.out.println("holding " + store.stats().label("Video"));
            System.out.flush();
            while (System.in.read() >= 0) {
                // the test closes the pipe when the other process is done
            }
        }
        System.exit(0);
    }
}
