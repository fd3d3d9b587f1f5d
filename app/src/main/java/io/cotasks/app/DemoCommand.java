package io.cotasks.app;

import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.cot.generator.CotReport;
import io.cotasks.cot.star.StarQuestion;
import io.cotasks.cot.star.StarQuestionFile;
import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.store.CotasksException;
import io.cotasks.store.ErrorKind;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.StoreStats;
import io.cotasks.store.model.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cotasks demo}: the main job end to end on the bundled real sample data. Ingests the two VidOR
 * videos (annotations and VidSTG records), their NExT-QA questions and the STAR situation graphs into the embedded database, then prints
 * the four CoT steps, the VideoLLM prompt and the answer the graph supports for one NExT-QA and one STAR
 * question. Re-running it is idempotent (unchanged sources are skipped).
 */
@Command(name = "demo", description = "Ingest the bundled sample data into the embedded database and print"
        + " CoT steps, the prompt and the graph's answer for a real NExT-QA and a real STAR question.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The sample data folder (default: samples/ of the cotasks checkout).")
    Path samples;

    @Option(names = "--nextqa", paramLabel = "VIDEO:QID", defaultValue = "2793806282:9",
            description = "The NExT-QA MC question to explain (default: ${DEFAULT-VALUE}).")
    String nextqa;

    @Option(names = "--star", paramLabel = "QID", defaultValue = "Sequence_T6_10539",
            description = "The STAR question to explain (default: ${DEFAULT-VALUE}).")
    String star;

    @Override
    public Integer call() {
        Path dir = samplesDir();
        PrintWriter out = spec.commandLine().getOut();
        Path mc = dir.resolve("golden_nextqa_vidor/nextqa_mc_val_2videos.csv");
        Path starFile = dir.resolve("star/homepage/sel_examples.json");
        Question nextqaQuestion = nextQaQuestion(mc);
        StarQuestion starQuestion = starQuestion(starFile);
        try (SceneGraphStore db = store.openOrCreate(null)) {
            out.println("Scene graph: " + db.describe());
            boolean failed = ingest(db, out, "vidor", dir.resolve("vidor/annotations"));
            failed |= ingest(db, out, "vidstg", dir.resolve("golden_nextqa_vidor/vidstg_2videos.json"));
            failed |= ingest(db, out, "nextqa", mc);
            failed |= ingest(db, out, "star", starFile);
            printStats(out, db.stats());
            CotGenerator generator = CotGenerator.on(db);
            out.println();
            out.print(CotReport.of(generator, nextqaQuestion));
            out.println();
            out.print(CotReport.of(generator, starQuestion));
            out.println();
            out.println("Next: ./cotasks query \"LOCALIZE (a:adult)-[watch]->(d:dog) IN VIDEO '2793806282'\""
                    + "   (./cotasks query alone opens the REPL; ./cotasks serve opens Neo4j Browser)");
            out.flush();
            return failed ? ExitCodes.of(ErrorKind.FAILURE) : 0;
        }
    }

    private boolean ingest(SceneGraphStore db, PrintWriter out, String source, Path path) {
        IngestRunner.Options options = new IngestRunner.Options(Runtime.getRuntime().availableProcessors(), false,
                System.console() != null, Shard.ALL);
        IngestReport report = IngestRunner.run(db, Sources.byName(source).units(List.of(path)), options);
        report.failures().forEach(line -> spec.commandLine().getErr().println("error: " + line));
        out.println("ingest " + source + ": " + report.summary());
        return report.failed();
    }

    private static void printStats(PrintWriter out, StoreStats stats) {
        out.println("nodes: " + stats.labels());
        out.println("relationships: " + stats.relationshipTypes());
    }

    private Question nextQaQuestion(Path csv) {
        String[] key = nextqa.split(":", 2);
        if (key.length != 2) {
            throw new CotasksException("--nextqa takes VIDEO:QID, got '" + nextqa + "'", CotasksException.USAGE, null);
        }
        return NextQaQuestionFile.read(csv, spec.commandLine().getErr()).stream()
                .filter(q -> q.videoId().equals(key[0]) && q.qid().equals(key[1]))
                .findFirst()
                .orElseThrow(() -> new CotasksException(csv + ": no question " + nextqa, CotasksException.USAGE, null));
    }

    private StarQuestion starQuestion(Path file) {
        return StarQuestionFile.read(file).stream()
                .filter(q -> q.question().qid().equals(star))
                .findFirst()
                .orElseThrow(() -> new CotasksException(file + ": no question " + star, CotasksException.USAGE, null));
    }

    private Path samplesDir() {
        Path dir = samples != null ? samples
                : Path.of(System.getProperty("cotasks.root", "."), "samples");
        if (!Files.isDirectory(dir)) {
            throw new CotasksException("sample data folder not found: " + dir + " (use --samples DIR)",
                    CotasksException.USAGE, null);
        }
        return dir;
    }
}
