package io.cotasks.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a JSON file of records (the elements of a top-level array, or the values of a top-level
 * object keyed by id): its cursor, with the same path as {@link JsonCursor#elements()} or
 * {@link JsonCursor#fields()} would give it, and its bytes as written in the file, for {@link ContentHash}.
 */
public record JsonRecord(JsonCursor cursor, ByteSpan raw) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The elements of the top-level array of {@code bytes}; errors as from {@link JsonCursor#elements()} of the tree. */
    public static List<JsonRecord> elements(Path file, byte[] bytes) {
        return parse(file, bytes, false);
    }

    /** The elements of a top-level array, or the values of a top-level object (with their keys in the path). */
    public static List<JsonRecord> elementsOrValues(Path file, byte[] bytes) {
        return parse(file, bytes, true);
    }

    /** The cursors of {@code records}, in order. */
    public static List<JsonCursor> cursors(List<JsonRecord> records) {
        return records.stream().map(JsonRecord::cursor).toList();
    }

    /** Where the first of one video's {@code records} is, for error messages: {@code file: path (video id)}. */
    public static String location(List<JsonRecord> records, String videoId) {
        JsonCursor first = records.get(0).cursor();
        return first.file() + ": " + first.path() + " (video " + videoId + ")";
    }

    /** The raw bytes of {@code records}, in order. */
    public static List<ByteSpan> raws(List<JsonRecord> records) {
        return records.stream().map(JsonRecord::raw).toList();
    }

    private static List<JsonRecord> parse(Path file, byte[] bytes, boolean objectToo) {
        String name = file.toString();
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IngestException(name + ": the file is empty");
            }
            if (first == JsonToken.START_ARRAY) {
                return elements(name, bytes, parser);
            }
            if (first == JsonToken.START_OBJECT && objectToo) {
                return values(name, bytes, parser);
            }
            // not a file of records: the cursor reports it as it would for the whole tree
            JsonNode root = first == null ? MissingNode.getInstance() : MAPPER.readTree(parser);
            JsonCursor cursor = new JsonCursor(name, "$", root);
            throw objectToo ? cursor.error("expected an object") : cursor.error("expected an array");
        } catch (JsonProcessingException e) {
            throw JsonCursor.malformed(name, e);
        } catch (java.io.CharConversionException e) {
            throw new IngestException(name + ": not a JSON text file (binary, or not UTF-8)");
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read: " + e.getMessage());
        }
    }

    private static List<JsonRecord> elements(String name, byte[] bytes, JsonParser parser) throws IOException {
        List<JsonRecord> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            out.add(next(name, "$[" + out.size() + "]", bytes, parser));
        }
        return out;
    }

    /** A repeated key keeps its first position and its last value, as in Jackson's tree. */
    private static List<JsonRecord> values(String name, byte[] bytes, JsonParser parser) throws IOException {
        Map<String, JsonRecord> out = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            out.put(key, next(name, "$." + key, bytes, parser));
        }
        return List.copyOf(out.values());
    }

    /** The value starting at the parser's current token. */
    private static JsonRecord next(String name, String path, byte[] bytes, JsonParser parser) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        JsonNode node = MAPPER.readTree(parser);
        long end = parser.currentLocation().getByteOffset();
        // a file Jackson decodes as UTF-16 or UTF-32 has no byte offsets: such a record hashes as its compact JSON
        ByteSpan raw = start < 0 || end < 0 ? ByteSpan.utf8(node.toString())
                : new ByteSpan(bytes, (int) start, (int) end);
        return new JsonRecord(new JsonCursor(name, path, node), raw);
    }
}
