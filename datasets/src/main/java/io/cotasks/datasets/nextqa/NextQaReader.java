package io.cotasks.datasets.nextqa;

import io.cotasks.store.CotasksException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one reader of NExT-QA question CSVs (MC, OE and GQA, see {@link NextQaFormat}), used by ingest, CoT and
 * evaluation.
 *
 * <p>Bad input policy: a file without a NExT-QA header (missing column, repeated column, empty file) or that
 * cannot be read is rejected with a {@link CotasksException} naming {@code file:1} or the file. A bad row
 * (too few or too many fields, an unbalanced quote, an empty required field, a non-integer size, an unknown
 * type code, an answer that is not one of the options) is skipped and reported as a {@link BadRow} with its
 * {@code file:line}; the good rows are kept. NExT-QA rows are one line each: each line is parsed on its own
 * (with commons-csv), so a bad quote costs that line only, and a quoted field spanning lines is reported as
 * an unbalanced quote on its first line.
 */
public final class NextQaReader {

    private static final CSVFormat CSV = CSVFormat.DEFAULT;

    private NextQaReader() {
    }

    /** The questions of a CSV, without answer spans. */
    public static NextQaQuestions read(Path csv) {
        return read(csv, GqaSpans::none);
    }

    /** The questions of a CSV; the rows of a GQA file get their answer spans from {@code spans}. */
    public static NextQaQuestions read(Path csv, GqaSpans spans) {
        return read(csv, () -> spans);
    }

    /** As ingest reads: a GQA file's rows get the spans of the gsub files next to it ({@link GqaSpans#nextTo}). */
    public static NextQaQuestions readWithGsubNextTo(Path csv) {
        return read(csv, () -> GqaSpans.nextTo(csv));
    }

    private static NextQaQuestions read(Path csv, Supplier<GqaSpans> spansOfGqa) {
        if (!Files.isRegularFile(csv)) {
            throw new CotasksException(csv + ": questions file not found", CotasksException.USAGE, null);
        }
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw new CotasksException(csv + ":1: empty file, expected a NExT-QA header");
            }
            Map<String, Integer> header = header(csv, headerLine);
            NextQaFormat format = NextQaFormat.of(header.keySet());
            for (String column : format.columns()) {
                if (!header.containsKey(column)) {
                    throw new CotasksException(csv + ":1: missing column '" + column
                            + "' (expected NExT-QA's video,frame_count,width,height,question,answer,qid,type[,a0..a4])");
                }
            }
            GqaSpans spans = format == NextQaFormat.GQA ? spansOfGqa.get() : GqaSpans.none();
            NextQaRowReader rows = new NextQaRowReader(format, header, spans);
            List<NextQaQuestion> questions = new ArrayList<>();
            List<BadRow> bad = new ArrayList<>();
            long lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    questions.add(rows.question(lineNumber, fields(line)));
                } catch (IllegalArgumentException e) {
                    bad.add(new BadRow(csv, lineNumber, e.getMessage()));
                }
            }
            return new NextQaQuestions(csv, format, questions, bad, spans);
        } catch (CharacterCodingException e) {
            throw new CotasksException(csv + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CotasksException(csv + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Map<String, Integer> header(Path csv, String line) {
        List<String> names;
        try {
            names = fields(line);
        } catch (IllegalArgumentException e) {
            throw new CotasksException(csv + ":1: " + e.getMessage());
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (header.putIfAbsent(name, i) != null) {
                throw new CotasksException(csv + ":1: column '" + name + "' appears twice");
            }
        }
        return header;
    }

    /** The fields of one CSV line, or an {@link IllegalArgumentException} saying what is wrong with its quotes. */
    static List<String> fields(String line) {
        try (CSVParser parser = CSV.parse(new StringReader(line))) {
            return parser.iterator().next().toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv says "EOF reached before encapsulated token finished" or "invalid char between
            // encapsulated token and delimiter": say which in our words, without its internals
            throw new IllegalArgumentException(line.chars().filter(c -> c == '"').count() % 2 == 1
                    ? "unbalanced quote" : "a quoted field has text after its closing quote");
        }
    }
}
