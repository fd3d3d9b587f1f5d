package io.cotasks.cot.eval;

import io.cotasks.store.CotasksException;
import io.cotasks.store.model.Question;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads NExT-QA question CSVs as published: multiple choice ({@code answer} is the option index, options
 * {@code a0..a4}), NExT-GQA ({@code video_id}, text answer among the options) and NExT-OE (text answer, no
 * options). A bad row is reported with its file:line and skipped; the good rows are kept.
 */
public final class NextQaCsv {

    /** The NExT-QA question types this harness reports. */
    public static final Set<String> TYPES = Set.of("CW", "CH", "TN", "TC", "TP", "DL", "DC", "DO", "DB");
    private static final List<String> OPTION_COLUMNS = List.of("a0", "a1", "a2", "a3", "a4");

    private NextQaCsv() {
    }

    /** The questions of a file, and one message per skipped row. */
    public record Loaded(List<Question> questions, List<String> problems) {
        public Loaded {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
        }
    }

    public static Loaded read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CotasksException(file + ": questions file not found", CotasksException.USAGE, null);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            Map<String, Integer> header = csv.getHeaderMap();
            String videoColumn = header.containsKey("video_id") ? "video_id" : "video";
            for (String required : List.of(videoColumn, "question", "answer", "qid", "type")) {
                if (!header.containsKey(required)) {
                    throw new CotasksException(file + ":1: missing column '" + required
                            + "' (expected NExT-QA's video,frame_count,width,height,question,answer,qid,type[,a0..a4])");
                }
            }
            boolean multipleChoice = header.keySet().containsAll(OPTION_COLUMNS);
            String dataset = multipleChoice ? (videoColumn.equals("video_id") ? "nextqa-gqa" : "nextqa-mc") : "nextqa-oe";
            List<Question> questions = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (CSVRecord row : csv) {
                // NExT-QA rows are one line each, so a row's line is its record number plus the header line
                String where = file + ":" + (row.getRecordNumber() + 1);
                try {
                    questions.add(question(row, dataset, videoColumn, multipleChoice));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
            return new Loaded(questions, problems);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CotasksException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static Question question(CSVRecord row, String dataset, String videoColumn, boolean multipleChoice) {
        if (!row.isConsistent()) {
            throw new IllegalArgumentException("expected " + row.getParser().getHeaderNames().size()
                    + " fields, found " + row.size());
        }
        String video = required(row, videoColumn);
        String qid = required(row, "qid");
        String type = required(row, "type");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown question type '" + type + "' (expected one of CW CH TN TC TP DL DC DO DB)");
        }
        String text = required(row, "question");
        String answer = required(row, "answer");
        if (!multipleChoice) {
            return new Question(dataset, qid, video, type, text, List.of(), answer, -1, List.of(), List.of());
        }
        List<String> choices = OPTION_COLUMNS.stream().map(row::get).map(String::strip).toList();
        int index = answerIndex(answer, choices);
        return new Question(dataset, qid, video, type, text, choices, choices.get(index), index, List.of(), List.of());
    }

    private static int answerIndex(String answer, List<String> choices) {
        if (answer.matches("\\d+")) {
            int index = Integer.parseInt(answer);
            if (index >= choices.size()) {
                throw new IllegalArgumentException("answer index " + index + " out of range 0-" + (choices.size() - 1));
            }
            return index;
        }
        int index = choices.indexOf(answer.strip());
        if (index < 0) {
            throw new IllegalArgumentException("answer '" + answer + "' is none of the options");
        }
        return index;
    }

    private static String required(CSVRecord row, String column) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + column);
        }
        return value;
    }
}
