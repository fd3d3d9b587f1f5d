package io.cotasks.ingest.nextqa;

import io.cotasks.ingest.IngestException;
import io.cotasks.ingest.JsonCursor;
import io.cotasks.store.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Converts one NExT-QA CSV line into a {@link Question}, with errors naming file:line and column. */
final class NextQaRows {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private NextQaRows() {
    }

    static Question question(String dataset, NextQaAdapter.Line line, JsonCursor videoSpans) {
        String video = text(line, line.videoColumn());
        if (!DIGITS.matcher(video).matches()) {
            throw new IngestException(line.location() + ": column " + line.videoColumn() + ": '" + video + "' is not a video id");
        }
        String qid = text(line, "qid");
        List<String> choices = new ArrayList<>();
        for (int i = 0; line.record().isMapped("a" + i); i++) {
            choices.add(text(line, "a" + i));
        }
        String answer = text(line, "answer");
        int answerIndex = -1;
        if (dataset.equals("nextqa-mc")) {
            answerIndex = integer(line, "answer");
            if (answerIndex < 0 || answerIndex >= choices.size()) {
                throw new IngestException(line.location() + ": column answer: " + answerIndex + " is not a choice index 0.."
                        + (choices.size() - 1));
            }
            answer = choices.get(answerIndex);
        } else if (!choices.isEmpty()) {
            answerIndex = choices.indexOf(answer);
        }
        List<double[]> spans = new ArrayList<>();
        JsonCursor location = videoSpans == null ? null : videoSpans.opt("location");
        JsonCursor qspans = location == null ? null : location.opt(qid);
        if (qspans != null) {
            for (JsonCursor span : qspans.elements()) {
                List<JsonCursor> be = span.elements();
                if (be.size() != 2 || be.get(1).asDouble() < be.get(0).asDouble()) {
                    throw span.error("expected [begin, end] with end >= begin");
                }
                spans.add(new double[] {be.get(0).asDouble(), be.get(1).asDouble()});
            }
        }
        return new Question(dataset, qid, video, text(line, "type"), text(line, "question"), choices, answer,
                answerIndex, spans, List.of());
    }

    static String text(NextQaAdapter.Line line, String column) {
        if (!line.record().isSet(column)) {
            throw new IngestException(line.location() + ": missing column " + column);
        }
        String value = line.record().get(column).strip();
        if (value.isEmpty() && !column.startsWith("a")) { // answers and choices may be empty
            throw new IngestException(line.location() + ": column " + column + " is empty");
        }
        return value;
    }

    static int integer(NextQaAdapter.Line line, String column) {
        String value = text(line, column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IngestException(line.location() + ": column " + column + ": '" + value + "' is not an integer");
        }
    }
}
