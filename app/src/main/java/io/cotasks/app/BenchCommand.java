package io.cotasks.app;

import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Benchmarks: {@code bench ingest}, {@code bench derive}, {@code bench query}, {@code bench cot}, {@code bench perception}. */
@Command(name = "bench", description = "Measure throughput and latency on this machine.",
        subcommands = {BenchIngestCommand.class, BenchDeriveCommand.class, BenchQueryCommand.class, BenchCotCommand.class, BenchPerceptionCommand.class})
public final class BenchCommand {

    /**
     * The datasets folder: {@code option} when given, else {@code $COTASKS_DATA}; a usage error when neither is
     * set (the project does not ship the full datasets, so there is no default a user would have).
     */
    static Path sharedData(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("COTASKS_DATA");
        if (env == null || env.isBlank()) {
            throw new CotasksException("this benchmark reads the full datasets: give their folder with --data DIR "
                    + "or set COTASKS_DATA", CotasksException.USAGE, null);
        }
        return Path.of(env);
    }

    /** A file or folder of the project's {@code samples/} (found from the launcher's {@code -Dcotasks.root}). */
    static Path sample(String relative) {
        return Path.of(System.getProperty("cotasks.root", "."), "samples").resolve(relative);
    }

    /** Deletes a benchmark's temporary folder and everything in it, if it exists. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
