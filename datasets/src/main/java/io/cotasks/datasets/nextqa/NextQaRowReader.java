package io.cotasks.datasets.nextqa;

import io.cotasks.store.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one row's fields into a {@link NextQaQuestion}; a bad row is an {@link IllegalArgumentException}
 * whose message is the reason alone (the caller adds {@code file:line}).
 */
final class NextQaRowReader {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String TYPE_CODES = Arrays.stream(NextQaType.values()).map(Enum::name)
            .collect(Collectors.joining(" "));

    private final NextQaFormat format;
    private final Map<String, Integer> header;
    private final GqaSpans spans;

    NextQaRowReader(NextQaFormat format, Map<String, Integer> header, GqaSpans spans) {
        this.format = format;
        this.header = header;
        this.spans = spans;
    }

    NextQaQuestion question(long line, List<String> fields) {
        if (fields.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " fields, found " + fields.size());
        }
        String video = required(fields, format.videoColumn());
        if (!DIGITS.matcher(video).matches()) {
            throw new IllegalArgumentException("column " + format.videoColumn() + ": '" + video + "' is not a video id");
        }
        int frameCount = count(fields, "frame_count");
        int width = count(fields, "width");
        int height = count(fields, "height");
        String text = required(fields, "question");
        String qid = required(fields, "qid");
        String code = required(fields, "type");
        NextQaType type = NextQaType.of(code).orElseThrow(() -> new IllegalArgumentException(
                "column type: '" + code + "' is not a NExT-QA type (" + TYPE_CODES + ")"));
        String answer = required(fields, "answer");
        List<String> choices = new ArrayList<>();
        if (format.hasOptions()) {
            NextQaFormat.OPTION_COLUMNS.forEach(c -> choices.add(value(fields, c)));
        }
        int answerIndex = switch (format) {
            case MC -> optionIndex(answer);
            case GQA -> optionOf(answer, choices);
            case OE -> -1;
        };
        if (format == NextQaFormat.MC) {
            answer = choices.get(answerIndex);
        }
        List<Span> answerSpans = spans.of(video, qid);
        return new NextQaQuestion(format, line, video, frameCount, width, height, text, qid, type, choices, answer,
                answerIndex, answerSpans);
    }

    private static int optionIndex(String answer) {
        int index = DIGITS.matcher(answer).matches() && answer.length() < 3 ? Integer.parseInt(answer) : -1;
        if (index < 0 || index >= NextQaFormat.OPTION_COLUMNS.size()) {
            throw new IllegalArgumentException("column answer: " + answer + " is not a choice index 0.."
                    + (NextQaFormat.OPTION_COLUMNS.size() - 1));
        }
        return index;
    }

    private static int optionOf(String answer, List<String> choices) {
        int index = choices.indexOf(answer);
        if (index < 0) {
            throw new IllegalArgumentException("column answer: '" + answer + "' is none of the options");
        }
        return index;
    }

    private int count(List<String> fields, String column) {
        String value = required(fields, column);
        if (!DIGITS.matcher(value).matches() || value.length() > 9) {
            throw new IllegalArgumentException("column " + column + ": '" + value + "' is not an integer");
        }
        return Integer.parseInt(value);
    }

    private String required(List<String> fields, String column) {
        String value = value(fields, column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value;
    }

    /** A field without surrounding white space (a few published options end in a space, e.g. 'wave to them '). */
    private String value(List<String> fields, String column) {
        return fields.get(header.get(column)).strip();
    }
}
