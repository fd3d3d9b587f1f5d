package io.cotasks.app;

import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.ingest.video.VideoSourceAdapter;
import io.cotasks.store.CotasksException;
import io.cotasks.store.ErrorKind;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.star.StarClasses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cotasks ingest --source vidor|vidstg|star|nextqa|charades PATH...}: loads annotation files or
 * folders into the scene graph with a pool of workers. Prints one line per failed video and one summary
 * line; exits 1 when anything failed.
 */
@Command(name = "ingest", description = "Load annotations (vidor, vidstg, star, nextqa, charades) or raw video into the scene graph.")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "NAME",
            description = "vidor, vidstg, star, nextqa, charades (or video when the perception module registers it).")
    String source;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Annotation files or folders.")
    List<Path> paths;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer workers;

    @Option(names = "--fail-fast", description = "Stop at the first failed video.")
    boolean failFast;

    @Option(names = "--shard", paramLabel = "i/n", description = "Ingest only the videos whose id hashes to i mod n (0-based).")
    String shard;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--star-classes", paramLabel = "DIR",
            description = "Folder with STAR/Charades class files to use instead of the shipped ones (star, charades).")
    Path starClasses;

    /** The perception pipeline's options, used by {@code --source video}. */
    @Mixin
    VideoOptions video;

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CotasksException(path + ": no such file or folder", CotasksException.USAGE, null);
            }
        }
        boolean progress = !noProgress && System.console() != null;
        // the video source draws its own frames/s progress bar instead of the videos bar
        SourceAdapter adapter = VideoSourceAdapter.ORIGIN.equals(source) ? video.adapter(progress)
                : starClasses != null ? Sources.byName(source, StarClasses.from(starClasses)) : Sources.byName(source);
        IngestRunner.Options options = new IngestRunner.Options(
                workers == null ? Runtime.getRuntime().availableProcessors() : workers, failFast,
                progress && !(adapter instanceof VideoSourceAdapter), shard == null ? Shard.ALL : Shard.parse(shard));
        if (workers != null && workers < 1) {
            throw new CotasksException("--workers must be at least 1", CotasksException.USAGE, null);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestReport report;
        try (SceneGraphStore db = store.openOrCreate(err)) {
            report = IngestRunner.run(db, adapter.units(paths), options);
            if (adapter instanceof VideoSourceAdapter videoAdapter) {
                recordSourceFiles(db, videoAdapter);
            }
        } finally {
            if (adapter instanceof VideoSourceAdapter videoAdapter) {
                videoAdapter.close();
            }
        }
        report.failures().forEach(line -> err.println("error: " + line));
        out.println(report.summary());
        out.flush();
        err.flush();
        return report.failed() ? ExitCodes.of(ErrorKind.FAILURE) : 0;
    }

    /** Keeps each detected video's file on its node, for {@code render --frame} without {@code --file}. */
    private static void recordSourceFiles(SceneGraphStore db, VideoSourceAdapter adapter) {
        adapter.sources().forEach((id, file) -> {
            try {
                VideoSourceFile.record(db, id, file);
            } catch (java.io.IOException e) {
                // the video was read a moment ago; if its file is gone now, render will say so
            }
        });
    }
}
