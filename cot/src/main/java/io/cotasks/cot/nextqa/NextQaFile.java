package io.cotasks.cot.nextqa;

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

/**
 * Reads NExT-QA question CSVs: multiple choice ({@code video,...,answer,qid,type,a0..a4} with the answer's
 * index) and NExT-GQA ({@code video_id,...} with the answer's text). A malformed row is an error naming
 * {@code file:line}.
 */
public final class NextQaFile {

    private NextQaFile() {
    }

    public static List<Question> read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Question> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            String videoColumn = parser.getHeaderMap().containsKey("video_id") ? "video_id" : "video";
            for (String c : List.of(videoColumn, "question", "answer", "qid", "type")) {
                if (!parser.getHeaderMap().containsKey(c)) {
                    throw new CotasksException(file + ":1: missing column '" + c + "'");
                }
            }
            String dataset = videoColumn.equals("video_id") ? "nextqa-gqa" : "nextqa-mc";
            for (CSVRecord r : parser) {
                out.add(question(file, r, videoColumn, dataset));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CotasksException(file + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private static Question question(Path file, CSVRecord r, String videoColumn, String dataset) {
        long line = r.getParser().getCurrentLineNumber();
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < 5 && r.isMapped("a" + i); i++) {
            choices.add(r.get("a" + i));
        }
        String answer = r.get("answer");
        int index;
        try {
            index = Integer.parseInt(answer.strip());
            if (index < 0 || index >= choices.size()) {
                throw new CotasksException(file + ":" + line + ": answer index " + index + " out of range");
            }
            answer = choices.get(index);
        } catch (NumberFormatException e) {
            index = choices.indexOf(answer);
        }
        String video = r.get(videoColumn).strip();
        if (video.isEmpty()) {
            throw new CotasksException(file + ":" + line + ": empty " + videoColumn);
        }
        return new Question(dataset, r.get("qid").strip(), video, r.get("type").strip(), r.get("question"),
                choices, answer, index, List.of(), List.of());
    }
}
