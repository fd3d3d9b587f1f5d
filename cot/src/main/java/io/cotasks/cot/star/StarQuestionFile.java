package io.cotasks.cot.star;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.store.CotasksException;
import io.cotasks.store.model.Question;
import io.cotasks.store.star.StarClasses;
import io.cotasks.store.star.StarLabels;
import io.cotasks.store.model.Span;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads STAR question files in both layouts: the official release ({@code STAR_train/val/test.json}: a JSON
 * list, {@code question_program} and {@code choice_program} as {@code {function, value_input}} steps, the
 * correct choice named by {@code answer}, absent in the test split) and the homepage pre-release layout (a
 * list or an object keyed by question id, postfix {@code program} and {@code op_pro}, choices marked
 * {@code Correct}). Each record needs {@code question_id, video_id, question, choices, situations}; a bad
 * record is an error naming the file and the JSON path.
 */
public final class StarQuestionFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The questions read and one error line per record that could not be read. */
    public record Contents(List<StarQuestion> questions, List<String> errors) {
    }

    private StarQuestionFile() {
    }

    /** All questions of the file, in file order; the first bad record is an error. */
    public static List<StarQuestion> read(Path file) {
        Contents c = readAll(file, StarClasses.shipped());
        if (!c.errors().isEmpty()) {
            throw new CotasksException(c.errors().get(0));
        }
        return c.questions();
    }

    /** Every readable question of the file, and an error line for each record that is not. */
    public static Contents readAll(Path file, StarClasses classes) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new CotasksException(io.cotasks.cot.JsonErrors.describe(file, e));
        }
        Map<String, JsonNode> records = new java.util.LinkedHashMap<>();
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                records.put("$[" + i + "]", root.get(i));
            }
        } else if (root != null && root.isObject()) {
            root.fields().forEachRemaining(e -> records.put("$['" + e.getKey() + "']", e.getValue()));
        } else {
            throw new CotasksException(file + ": $: expected a list of STAR records or an object keyed by question id");
        }
        List<StarQuestion> questions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        records.forEach((path, r) -> {
            try {
                questions.add(new RecordReader(file, path, r, classes).question());
            } catch (CotasksException e) {
                errors.add(e.getMessage());
            } catch (RuntimeException e) {
                errors.add(file + ": " + path + ": " + e.getMessage());
            }
        });
        return new Contents(questions, errors);
    }

    /** One record. */
    private record RecordReader(Path file, String path, JsonNode r, StarClasses classes) {

        StarQuestion question() {
            String qid = text(path, r, "question_id");
            String videoId = text(path, r, "video_id");
            String type = qid.contains("_") ? qid.substring(0, qid.indexOf('_')) : qid;
            boolean release = r.has("question_program");
            List<String> program = release ? steps(path, r, "question_program") : strings(path, r, "program");
            JsonNode answerNode = r.get("answer");
            String answer = answerNode == null || answerNode.isNull() ? null : answerNode.asText();
            boolean answered = release ? answer != null : true;
            JsonNode choicesNode = required(path, r, "choices");
            List<StarChoice> choices = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            int answerIndex = -1;
            for (int i = 0; i < choicesNode.size(); i++) {
                JsonNode c = choicesNode.get(i);
                String cp = path + ".choices[" + i + "]";
                String choice = text(cp, c, "choice");
                boolean marked = release ? choice.equals(answer) : "Correct".equals(c.path("answer").asText());
                List<String> check = release ? steps(cp, c, "choice_program") : strings(cp, c, "op_pro");
                choices.add(new StarChoice(required(cp, c, "choice_id").asInt(), choice, check, marked));
                texts.add(choice);
                if (marked && answerIndex < 0) {
                    answerIndex = i;
                }
            }
            if (!release && answerIndex < 0) {
                answered = false;
            }
            QuestionSituation situation = situation(required(path, r, "situations"));
            List<Integer> frames = situation.keys().stream().map(Integer::parseInt).sorted().toList();
            double start = r.path("start").asDouble();
            double end = r.path("end").asDouble();
            if (end < start) {
                throw new CotasksException(file + ": " + path + ".end: " + end + " is before start " + start);
            }
            Question q = new Question("star", qid, videoId, type, text(path, r, "question"), texts, answer,
                    answerIndex, List.of(new Span(start, end)), program);
            return new StarQuestion(q, choices, frames.get(0), frames.get(frames.size() - 1), situation, answered);
        }

        private QuestionSituation situation(JsonNode situations) {
            List<String> keys = new ArrayList<>();
            Map<String, List<Object>> actions = new HashMap<>();
            Map<String, List<Object>> unboxed = new HashMap<>();
            for (var it = situations.fields(); it.hasNext(); ) {
                var e = it.next();
                String where = path + ".situations['" + e.getKey() + "']";
                if (!e.getKey().matches("\\d{1,9}")) {
                    throw new CotasksException(file + ": " + where + ": frame id is not a number");
                }
                keys.add(e.getKey());
                List<Object> acts = new ArrayList<>();
                e.getValue().path("actions").forEach(a -> acts.add(classes.actionId(a.asText())));
                actions.put(e.getKey(), acts);
                JsonNode boxes = e.getValue().path("bbox");
                JsonNode labels = e.getValue().path("bbox_labels");
                List<Object> none = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    if (boxes.path(i).isNull() || boxes.path(i).isMissingNode()) {
                        StarLabels.ObjectLabel o = StarLabels.object(classes, labels.get(i).isInt()
                                ? (Object) labels.get(i).asInt() : labels.get(i).asText());
                        if (o == null) {
                            throw new CotasksException(file + ": " + where + ".bbox_labels[" + i + "]: unknown object label " + labels.get(i));
                        }
                        none.add(o.value());
                    }
                }
                unboxed.put(e.getKey(), none);
            }
            if (keys.isEmpty()) {
                throw new CotasksException(file + ": " + path + ".situations: no keyframes");
            }
            return new QuestionSituation(keys, actions, unboxed);
        }

        /** A release program: each step's value_input, then its function. */
        private List<String> steps(String at, JsonNode node, String field) {
            JsonNode v = required(at, node, field);
            if (!v.isArray()) {
                throw new CotasksException(file + ": " + at + "." + field + ": expected a list of {function, value_input} steps");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String sp = at + "." + field + "[" + i + "]";
                v.get(i).path("value_input").forEach(x -> out.add(x.asText()));
                out.add(text(sp, v.get(i), "function"));
            }
            return out;
        }

        private JsonNode required(String at, JsonNode node, String field) {
            JsonNode v = node == null ? null : node.get(field);
            if (v == null || v.isNull()) {
                throw new CotasksException(file + ": " + at + "." + field + ": missing");
            }
            return v;
        }

        private String text(String at, JsonNode node, String field) {
            return required(at, node, field).asText();
        }

        private List<String> strings(String at, JsonNode node, String field) {
            JsonNode v = required(at, node, field);
            if (!v.isArray()) {
                throw new CotasksException(file + ": " + at + "." + field + ": expected a list of strings");
            }
            List<String> out = new ArrayList<>();
            v.forEach(x -> out.add(x.asText()));
            return out;
        }
    }
}
