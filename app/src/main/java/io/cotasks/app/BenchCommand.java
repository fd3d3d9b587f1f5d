package io.cotasks.app;

import picocli.CommandLine.Command;

/** Benchmarks: {@code bench ingest}, {@code bench query}, {@code bench cot}, {@code bench perception}. */
@Command(name = "bench", description = "Measure throughput and latency on this machine.",
        subcommands = {BenchIngestCommand.class, BenchQueryCommand.class, BenchCotCommand.class, BenchPerceptionCommand.class})
public final class BenchCommand {
}
