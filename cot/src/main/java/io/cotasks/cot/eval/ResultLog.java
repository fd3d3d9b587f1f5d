package io.cotasks.cot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only JSONL results file. Every line is written and flushed as soon as its reply arrives, so a
 * killed run loses only requests in flight; opening an existing file resumes it: finished answers and
 * verdicts are kept, a torn last line is skipped (and counted), later lines win over earlier ones.
 */
public final class ResultLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One question in one run. */
    public record Key(String uid, Run run) {
    }

    private final Path file;
    private final Writer out;
    private final Map<Key, ResultLine> answers = new HashMap<>();
    private final Map<Key, ResultLine> verdicts = new HashMap<>();
    private final int unreadableLines;

    private ResultLog(Path file, Writer out, int unreadableLines, List<ResultLine> existing) {
        this.file = file;
        this.out = out;
        this.unreadableLines = unreadableLines;
        existing.forEach(this::remember);
    }

    /** Opens (or creates) the results file and reads what an earlier run finished. */
    public static ResultLog open(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            List<ResultLine> lines = new ArrayList<>();
            int unreadable = 0;
            boolean endsWithNewline = true;
            if (Files.exists(file)) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                endsWithNewline = content.isEmpty() || content.endsWith("\n");
                for (String line : content.split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Optional<ResultLine> parsed = parse(line);
                    if (parsed.isPresent()) {
                        lines.add(parsed.get());
                    } else {
                        unreadable++;
                    }
                }
            }
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!endsWithNewline) {
                out.write('\n'); // the torn line of a killed run stays on its own line
                out.flush();
            }
            return new ResultLog(file, out, unreadable, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<ResultLine> parse(String line) {
        try {
            ResultLine r = JSON.readValue(line, ResultLine.class);
            if (r.kind() == null || r.uid() == null || r.run() == null || r.status() == null) {
                return Optional.empty();
            }
            Run.of(r.run());
            return Optional.of(r);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void remember(ResultLine line) {
        Key key = new Key(line.uid(), Run.of(line.run()));
        Map<Key, ResultLine> target = ResultLine.JUDGE.equals(line.kind()) ? verdicts : answers;
        ResultLine previous = target.get(key);
        // a failed retry never hides an earlier finished line
        if (previous == null || !previous.finished() || line.finished()) {
            target.put(key, line);
        }
    }

    /** Appends and flushes one line. */
    public synchronized void append(ResultLine line) {
        try {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        remember(line);
    }

    /** The latest answer line for this question and run, if any. */
    public synchronized Optional<ResultLine> answer(Key key) {
        return Optional.ofNullable(answers.get(key));
    }

    /** The latest judge line for this question and run, if any. */
    public synchronized Optional<ResultLine> verdict(Key key) {
        return Optional.ofNullable(verdicts.get(key));
    }

    /** Lines of the file that could not be read (a torn last line of a killed run, or hand edits). */
    public int unreadableLines() {
        return unreadableLines;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
