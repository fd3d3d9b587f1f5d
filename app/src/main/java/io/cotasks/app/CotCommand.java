package io.cotasks.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.cot.generator.CotReport;
import io.cotasks.cot.CotResult;
import io.cotasks.cot.export.LlavaExport;
import io.cotasks.cot.export.QwenExport;
import io.cotasks.cot.export.TaskSample;
import io.cotasks.cot.export.TaskSamples;
import io.cotasks.cot.grounding.GqaFiles;
import io.cotasks.cot.nextqa.NextQaBatch;
import io.cotasks.cot.nextqa.NextQaCot;
import io.cotasks.cot.star.StarQuestion;
import io.cotasks.cot.star.StarQuestionFile;
import io.cotasks.store.CotasksException;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.ingest.ConsoleProgress;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cotasks cot --questions FILE [--dataset nextqa|star] --format text|llava|qwen --out FILE [--tasks]}:
 * the four CoT steps of every question, as readable text, LLaVA-Video records or Qwen2.5-VL messages; for
 * NExT-QA the frame localization is also written as NExT-GQA predictions next to the output.
 */
@Command(name = "cot", description = "Decompose questions into the four CoTask steps and export prompts.")
public final class CotCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--questions", required = true, paramLabel = "FILE",
            description = "NExT-QA CSV (MC, GQA) or STAR question JSON.")
    Path questions;

    @Option(names = "--dataset", paramLabel = "NAME", description = "nextqa or star (default: star for .json, nextqa otherwise).")
    String dataset;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, llava or qwen (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default for text: standard output).")
    Path out;

    @Option(names = "--explain", description = "Text format, NExT-QA: also print each question's parse, its clauses' best events with their scores, and the moment's rule.")
    boolean explain;

    @Option(names = "--tasks", description = "Add the four CoTask instruction samples per question.")
    boolean tasks;

    @Option(names = "--max-tokens", defaultValue = "512", paramLabel = "N", description = "Token budget of the CoT text (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--video-prefix", defaultValue = "", paramLabel = "DIR", description = "Folder prefixed to <video>.mp4 in exported records.")
    String videoPrefix;

    @Option(names = "--gqa", paramLabel = "FILE", description = "NExT-QA runs: also write the NExT-GQA predictions ({\"video_qid\": [begin, end]} seconds) to FILE.")
    Path gqa;

    @Override
    public Integer call() {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "llava", "qwen").contains(fmt)) {
            throw new CotasksException("--format must be text, llava or qwen, got '" + format + "'", CotasksException.USAGE, null);
        }
        if (!Files.isRegularFile(questions)) {
            throw new CotasksException("no such file: " + questions, CotasksException.USAGE, null);
        }
        if (out == null && !fmt.equals("text")) {
            throw new CotasksException("--out is required for --format " + fmt, CotasksException.USAGE, null);
        }
        if (maxTokens < 16) {
            throw new CotasksException("--max-tokens must be at least 16, got " + maxTokens, CotasksException.USAGE, null);
        }
        String ds = dataset != null ? dataset.toLowerCase(Locale.ROOT)
                : questions.toString().endsWith(".json") ? "star" : "nextqa";
        if (!ds.equals("star") && !ds.equals("nextqa")) {
            throw new CotasksException("--dataset must be nextqa or star, got '" + dataset + "'", CotasksException.USAGE, null);
        }
        List<CotResult> results = new ArrayList<>();
        explanations.clear();
        String summary;
        try (SceneGraphStore db = store.open()) {
            CotGenerator generator = CotGenerator.on(db, maxTokens);
            if (ds.equals("star")) {
                List<StarQuestion> qs = StarQuestionFile.read(questions);
                try (ProgressBar bar = bar(qs.size())) {
                    for (StarQuestion q : qs) {
                        results.add(generator.generate(q));
                        step(bar);
                    }
                }
                summary = "questions " + qs.size();
            } else {
                var qs = NextQaQuestionFile.read(questions, spec.commandLine().getErr());
                NextQaBatch batch;
                try (ProgressBar bar = bar(qs.size())) {
                    batch = NextQaBatch.run(generator, qs, q -> step(bar));
                }
                for (NextQaCot.Outcome o : batch.outcomes()) {
                    results.add(o.result());
                    explanations.put(o.result(), o.plan().explain());
                }
                summary = "questions " + qs.size() + ", with a graph " + batch.outcomes().size();
                Path predictions = gqa;
                if (predictions != null) {
                    GqaFiles.writePredictions(predictions, batch.predictions());
                    summary += ", predictions " + predictions;
                }
            }
        }
        long grounded = results.stream().filter(CotResult::grounded).count();
        int written = write(fmt, results);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            stdout.println(summary + ", grounded " + grounded + ", " + written + " records in " + out);
        }
        stdout.flush();
        return 0;
    }

    private final java.util.Map<CotResult, List<String>> explanations = new java.util.IdentityHashMap<>();

    private ProgressBar bar(int n) {
        return System.console() != null && out != null ? ConsoleProgress.builder("cot", n, null).build() : null;
    }

    private static void step(ProgressBar bar) {
        if (bar != null) {
            bar.step();
        }
    }

    private int write(String fmt, List<CotResult> results) {
        StringBuilder text = new StringBuilder();
        int records = 0;
        if (fmt.equals("llava")) {
            ArrayNode array = JSON.createArrayNode();
            for (CotResult r : results) {
                array.add(LlavaExport.record(r, videoPrefix));
                if (tasks) {
                    TaskSamples.of(r).forEach(t -> array.add(LlavaExport.record(t, videoPrefix)));
                }
            }
            records = array.size();
            try {
                text.append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array)).append('\n');
            } catch (IOException e) {
                throw new CotasksException("cannot encode JSON: " + e.getMessage());
            }
        } else if (fmt.equals("qwen")) {
            for (CotResult r : results) {
                List<ObjectNode> lines = new ArrayList<>();
                lines.add(QwenExport.record(r, videoPrefix));
                if (tasks) {
                    for (TaskSample t : TaskSamples.of(r)) {
                        lines.add(QwenExport.record(t, videoPrefix));
                    }
                }
                for (ObjectNode line : lines) {
                    text.append(line.toString()).append('\n');
                    records++;
                }
            }
        } else {
            for (CotResult r : results) {
                text.append(CotReport.render(r));
                if (explain) {
                    explanations.getOrDefault(r, List.of()).forEach(line -> text.append("explain ").append(line).append('\n'));
                }
                if (tasks) {
                    for (TaskSample t : TaskSamples.of(r)) {
                        text.append("task ").append(t.task().title()).append(": ").append(t.instruction())
                                .append("\n  -> ").append(t.answer()).append('\n');
                    }
                }
                text.append('\n');
                records++;
            }
        }
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            writeAtomically(out, text.toString());
        }
        return records;
    }

    private static void writeAtomically(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // not Files.createTempFile: its files are 0600 whatever the umask; this one gets the umask's permissions
            Path tmp = parent.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                w.write(content);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CotasksException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
