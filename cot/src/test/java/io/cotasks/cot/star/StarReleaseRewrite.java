package io.cotasks.cot.star;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cotasks.store.star.StarClasses;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Rewrites a STAR homepage pre-release file ({@code sel_examples.json}) into the official release layout
 * (what {@code STAR_val.json} looks like): a JSON list; {@code question_program} and each choice's
 * {@code choice_program} as {@code {"function", "value_input"}} steps (each function takes the literals
 * before it in the postfix program); the answer only as the record's {@code answer} text; situations with
 * {@code o###} objects, {@code r###} relationships (a pre-release relationship outside the official list
 * keeps its integer) and {@code a###} actions (a Charades class STAR has no action for keeps its c###); no
 * {@code anno_actions}. The label names come from the class lists, not from the code under test.
 *
 * <p>Run: {@code java StarReleaseRewrite IN.json OUT.json} (test classpath).
 */
public final class StarReleaseRewrite {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StarReleaseRewrite() {
    }

    public static void main(String[] args) throws IOException {
        rewrite(Path.of(args[0]), Path.of(args[1]), null);
    }

    /**
     * Writes the release layout of {@code in} to {@code out}; {@code withAnswers} false drops the answers as
     * STAR_test.json does; {@code videoId} non-null keeps only that video's records.
     */
    public static void rewrite(Path in, Path out, String videoId) throws IOException {
        write(in, out, videoId, true);
    }

    /** As {@link #rewrite}, without answers (the test split's layout). */
    public static void rewriteWithoutAnswers(Path in, Path out, String videoId) throws IOException {
        write(in, out, videoId, false);
    }

    private static void write(Path in, Path out, String videoId, boolean withAnswers) throws IOException {
        StarClasses classes = StarClasses.shipped();
        JsonNode root = JSON.readTree(in.toFile());
        ArrayNode records = JSON.createArrayNode();
        Iterable<JsonNode> all = root.isArray() ? root : () -> root.elements();
        for (JsonNode r : all) {
            if (videoId == null || videoId.equals(r.get("video_id").asText())) {
                records.add(record(r, classes, withAnswers));
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), records);
    }

    private static ObjectNode record(JsonNode r, StarClasses classes, boolean withAnswers) {
        ObjectNode o = JSON.createObjectNode();
        for (String field : new String[] {"question_id", "question", "video_id", "start", "end"}) {
            o.set(field, r.get(field));
        }
        if (withAnswers) {
            o.put("answer", r.get("answer").asText());
        }
        o.set("question_program", steps(r.get("program")));
        ArrayNode choices = o.putArray("choices");
        for (JsonNode c : r.get("choices")) {
            ObjectNode rc = choices.addObject();
            rc.set("choice_id", c.get("choice_id"));
            rc.set("choice", c.get("choice"));
            rc.set("choice_program", steps(c.get("op_pro")));
        }
        ObjectNode situations = o.putObject("situations");
        for (Map.Entry<String, JsonNode> kf : (Iterable<Map.Entry<String, JsonNode>>) () -> r.get("situations").fields()) {
            JsonNode s = kf.getValue();
            ObjectNode rs = situations.putObject(kf.getKey());
            ArrayNode pairs = rs.putArray("rel_pairs");
            s.get("rel_pairs").forEach(p -> pairs.addArray().add(object(p.get(0).asInt(), classes)).add(object(p.get(1).asInt(), classes)));
            ArrayNode rels = rs.putArray("rel_labels");
            s.get("rel_labels").forEach(l -> {
                String name = classes.preReleaseRelation(l.asInt()).replace(' ', '_');
                Integer index = classes.relationIndex(name);
                if (index == null) {
                    rels.add(l.asInt());
                } else {
                    rels.add(String.format(Locale.ROOT, "r%03d", index));
                }
            });
            rs.set("bbox", s.get("bbox"));
            ArrayNode labels = rs.putArray("bbox_labels");
            s.get("bbox_labels").forEach(l -> labels.add(object(l.asInt(), classes)));
            ArrayNode actions = rs.putArray("actions");
            s.get("actions").forEach(a -> actions.add(classes.starAction(a.asText()).orElse(a.asText())));
        }
        return o;
    }

    private static String object(int preRelease, StarClasses classes) {
        return String.format(Locale.ROOT, "o%03d", classes.objectIndex(classes.preReleaseObject(preRelease)));
    }

    /** Postfix tokens as steps: every module with the literals pushed since the previous module. */
    static ArrayNode steps(JsonNode postfix) {
        ArrayNode steps = JSON.createArrayNode();
        ArrayNode literals = JSON.createArrayNode();
        for (JsonNode token : postfix) {
            if (StarLogic.NARGS.containsKey(token.asText())) {
                ObjectNode step = steps.addObject();
                step.put("function", token.asText());
                step.set("value_input", literals);
                literals = JSON.createArrayNode();
            } else {
                literals.add(token.asText());
            }
        }
        if (!literals.isEmpty()) {
            throw new IllegalArgumentException("program ends with literals " + literals + ": no release step can hold them");
        }
        return steps;
    }
}
