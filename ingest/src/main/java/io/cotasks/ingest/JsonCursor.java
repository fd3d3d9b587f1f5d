package io.cotasks.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A JSON node with its file and JSON path, so every error names where it is:
 * {@code 2793806282.json: $.trajectories[12][0].bbox.xmin: missing field}.
 */
public record JsonCursor(String file, String path, JsonNode node) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern INT = Pattern.compile("-?\\d{1,9}");

    /** Parses {@code bytes} of {@code file}; malformed JSON is reported as {@code file:line:column}. */
    public static JsonCursor parse(Path file, byte[] bytes) {
        String name = file.toString();
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new IngestException(name + ": the file is empty");
            }
            return new JsonCursor(name, "$", root);
        } catch (JsonProcessingException e) {
            throw malformed(name, e);
        } catch (java.io.CharConversionException e) {
            throw new IngestException(name + ": not a JSON text file (binary, or not UTF-8)");
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read: " + e.getMessage());
        }
    }

    /** {@code file:line:column: malformed JSON: ...}. */
    static IngestException malformed(String file, JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? file : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
        String first = e.getOriginalMessage().lines().findFirst().orElse("");
        String what = first.startsWith("Unexpected end-of-input") ? "the file ends in the middle of a value (cut short?)" : first;
        return new IngestException(where + ": malformed JSON: " + what);
    }

    /** The required field {@code name}. */
    public JsonCursor get(String name) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            throw new IngestException(file + ": " + path + "." + name + ": missing field");
        }
        return new JsonCursor(file, path + "." + name, child);
    }

    /** The optional field {@code name}, or null. */
    public JsonCursor opt(String name) {
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? null : new JsonCursor(file, path + "." + name, child);
    }

    /**
     * {@code records} grouped by the text of the {@code field} of their {@code cursor}, groups in order of
     * first appearance.
     */
    public static <T> Map<String, List<T>> groupBy(List<T> records, Function<? super T, JsonCursor> cursor,
                                                   String field) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T record : records) {
            groups.computeIfAbsent(cursor.apply(record).get(field).asText(), k -> new ArrayList<>()).add(record);
        }
        return groups;
    }

    /** Elements of an array, each with its index in the path. */
    public List<JsonCursor> elements() {
        if (!node.isArray()) {
            throw error("expected an array");
        }
        List<JsonCursor> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonCursor(file, path + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    /** Fields of an object, each with its key in the path. */
    public List<Map.Entry<String, JsonCursor>> fields() {
        if (!node.isObject()) {
            throw error("expected an object");
        }
        List<Map.Entry<String, JsonCursor>> out = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            out.add(Map.entry(f.getKey(), new JsonCursor(file, path + "." + f.getKey(), f.getValue())));
        }
        return out;
    }

    /** An integer, also from a string of digits (some files quote their ids). */
    public int asInt() {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual() && INT.matcher(node.asText()).matches()) {
            return Integer.parseInt(node.asText());
        }
        throw error("expected an integer, got " + shortText());
    }

    public double asDouble() {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error("expected a number, got " + shortText());
    }

    public String asText() {
        if (!node.isValueNode()) {
            throw error("expected a string, got " + shortText());
        }
        return node.asText();
    }

    public boolean isArray() {
        return node.isArray();
    }

    /** An error at this path. */
    public IngestException error(String message) {
        return new IngestException(file + ": " + path + ": " + message);
    }

    private String shortText() {
        String s = node.toString();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
