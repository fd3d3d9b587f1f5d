package io.cotasks.app;

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

    /** The shared data folder: {@code option} when given, else {@code $COTASKS_DATA}, else {@code ../shared/data}. */
    static Path sharedData(Path option) {
        return option != null ? option : Path.of(System.getenv().getOrDefault("COTASKS_DATA", "../shared/data"));
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
