package io.cotasks.cot.star;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.CotasksException;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.Span;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads STAR question files (the homepage pre-release format: a JSON list of records, or an object keyed by
 * question id). Each record must have {@code question_id, video_id, question, program, choices, situations};
 * a bad record is an error naming the file and the JSON path.
 */
public final class StarQuestionFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StarQuestionFile() {
    }

    /** All questions of the file, in file order. */
    public static List<StarQuestion> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new CotasksException(io.cotasks.cot.JsonErrors.describe(file, e));
        }
        List<StarQuestion> questions = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                questions.add(record(file, "$[" + i + "]", root.get(i)));
            }
        } else if (root.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
                questions.add(record(file, "$['" + e.getKey() + "']", e.getValue()));
            }
        } else {
            throw new CotasksException(file + ": $: expected a list of STAR records or an object keyed by question id");
        }
        return questions;
    }

    private static StarQuestion record(Path file, String path, JsonNode r) {
        String qid = text(file, path, r, "question_id");
        String videoId = text(file, path, r, "video_id");
        String type = qid.contains("_") ? qid.substring(0, qid.indexOf('_')) : qid;
        List<String> program = strings(file, path, r, "program");
        JsonNode choicesNode = required(file, path, r, "choices");
        List<StarChoice> choices = new ArrayList<>();
        for (int i = 0; i < choicesNode.size(); i++) {
            JsonNode c = choicesNode.get(i);
            String cp = path + ".choices[" + i + "]";
            choices.add(new StarChoice(required(file, cp, c, "choice_id").asInt(), text(file, cp, c, "choice"),
                    strings(file, cp, c, "op_pro"), "Correct".equals(c.path("answer").asText())));
        }
        JsonNode situations = required(file, path, r, "situations");
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (var it = situations.fieldNames(); it.hasNext(); ) {
            String frame = it.next();
            try {
                int f = Integer.parseInt(frame);
                first = Math.min(first, f);
                last = Math.max(last, f);
            } catch (NumberFormatException e) {
                throw new CotasksException(file + ": " + path + ".situations['" + frame + "']: frame id is not a number");
            }
        }
        if (first == Integer.MAX_VALUE) {
            throw new CotasksException(file + ": " + path + ".situations: no keyframes");
        }
        List<AnnotatedAction> actions = new ArrayList<>();
        JsonNode anno = r.path("anno_actions");
        for (int i = 0; i < anno.size(); i++) {
            JsonNode a = anno.get(i);
            String id = a.get(0).asText();
            CharadesActions.of(id).ifPresent(m -> actions.add(new AnnotatedAction(id, m.verb(), m.object(),
                    a.get(1).asDouble(), a.get(2).asDouble())));
        }
        String answer = r.path("answer").asText(null);
        int answerIndex = -1;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            texts.add(choices.get(i).text());
            if (choices.get(i).annotated()) {
                answerIndex = i;
            }
        }
        double start = r.path("start").asDouble();
        double end = r.path("end").asDouble();
        if (end < start) {
            throw new CotasksException(file + ": " + path + ".end: " + end + " is before start " + start);
        }
        Question q = new Question("star", qid, videoId, type, text(file, path, r, "question"), texts, answer,
                answerIndex, List.of(new Span(start, end)), program);
        return new StarQuestion(q, choices, first, last, actions);
    }

    private static JsonNode required(Path file, String path, JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            throw new CotasksException(file + ": " + path + "." + field + ": missing");
        }
        return v;
    }

    private static String text(Path file, String path, JsonNode node, String field) {
        return required(file, path, node, field).asText();
    }

    private static List<String> strings(Path file, String path, JsonNode node, String field) {
        JsonNode v = required(file, path, node, field);
        if (!v.isArray()) {
            throw new CotasksException(file + ": " + path + "." + field + ": expected a list of strings");
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }
}
