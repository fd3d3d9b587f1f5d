package io.cotasks.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Records of a JSON file: the same cursors and errors as the parsed tree, each with its exact bytes. */
class JsonRecordTest {

    static final Path FILE = Path.of("some/dir/r.json");
    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final Path SHARED = Path.of(System.getProperty("cotasks.shared", "../../shared/data"));

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> raws(List<JsonRecord> records) {
        return records.stream().map(r -> r.raw().toString()).toList();
    }

    @Test
    void elementsKeepTheirPathsAndExactBytes() {
        byte[] bytes = utf8("\uFEFF[ {\"a\": \"caf\u00e9\",\n  \"b\": [1, {}]} ,{\"c\":\"\\u00e9\"},\n\"text\", 12, null,[ ]]");
        List<JsonRecord> records = JsonRecord.elements(FILE, bytes);
        assertThat(JsonRecord.cursors(records)).isEqualTo(JsonCursor.parse(FILE, bytes).elements());
        assertThat(records.get(0).cursor().path()).isEqualTo("$[0]");
        assertThat(records.get(5).cursor().path()).isEqualTo("$[5]");
        assertThat(raws(records)).containsExactly("{\"a\": \"caf\u00e9\",\n  \"b\": [1, {}]}", "{\"c\":\"\\u00e9\"}",
                "\"text\"", "12", "null", "[ ]");
        assertThat(records.get(0).raw().bytes()).isSameAs(bytes);
        // like the tree, which reads the first value only
        assertThat(raws(JsonRecord.elements(FILE, utf8("[{}] trailing")))).containsExactly("{}");
        assertThat(JsonCursor.parse(FILE, utf8("[{}] trailing")).elements()).hasSize(1);
    }

    @Test
    void valuesOfAnObjectAreKeyedByIdLikeTheTree() {
        byte[] bytes = utf8("{\"q1\": {\"v\": 1}, \"q2\": {\"v\": 2}, \"q1\": {\"v\": 3}}");
        List<JsonRecord> records = JsonRecord.elementsOrValues(FILE, bytes);
        assertThat(JsonRecord.cursors(records)).isEqualTo(JsonCursor.parse(FILE, bytes).fields().stream()
                .map(Map.Entry::getValue).toList());
        assertThat(records).extracting(r -> r.cursor().path()).containsExactly("$.q1", "$.q2");
        assertThat(raws(records)).containsExactly("{\"v\": 3}", "{\"v\": 2}");
        assertThat(raws(JsonRecord.elementsOrValues(FILE, utf8("[{\"v\": 1}]")))).containsExactly("{\"v\": 1}");
    }

    /** A pretty-printed STAR file and a one-line VidSTG file. */
    @ParameterizedTest
    @ValueSource(strings = {"samples:star/homepage/sel_examples.json", "shared:vidor/VidSTG/test_annotations_dev.json"})
    void everyRealRecordsBytesParseToItsNode(String where) throws IOException {
        String[] parts = where.split(":");
        Path file = (parts[0].equals("samples") ? SAMPLES : SHARED).resolve(parts[1]);
        ObjectMapper mapper = new ObjectMapper();
        byte[] bytes = InputFiles.read(file);
        List<JsonRecord> records = JsonRecord.elements(file, bytes);
        assertThat(records).hasSizeGreaterThan(4);
        for (JsonRecord r : records) {
            assertThat(mapper.readTree(r.raw().toArray())).as(r.cursor().path()).isEqualTo(r.cursor().node());
            assertThat(bytes[r.raw().start()]).isEqualTo((byte) '{');
            assertThat(bytes[r.raw().end() - 1]).isEqualTo((byte) '}');
        }
    }

    @Test
    void utf16FilesHaveNoByteOffsetsAndHashTheirRecordsCompactJson() {
        byte[] bytes = "[{\"a\": 1}, {\"b\": \"\u00e9\"}]".getBytes(StandardCharsets.UTF_16BE);
        List<JsonRecord> records = JsonRecord.elements(FILE, bytes);
        assertThat(raws(records)).containsExactly("{\"a\":1}", "{\"b\":\"\u00e9\"}");
        assertThat(records.get(1).cursor().get("b").asText()).isEqualTo("\u00e9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{\"a\": 1}", "3", "[{\"a\": 1}", "[{\"a\": 1},, {}]", "[{\"a\": tru}]",
            "[{\"a\": 1}\n {\"b\": 2}]", "{\"a\" 1}"})
    void errorsAreThoseOfTheParsedTree(String json) {
        byte[] bytes = utf8(json);
        Throwable expected = catchThrowable(() -> JsonCursor.parse(FILE, bytes).elements());
        assertThat(expected).isInstanceOf(IngestException.class);
        assertThatThrownBy(() -> JsonRecord.elements(FILE, bytes)).isInstanceOf(IngestException.class)
                .hasMessage(expected.getMessage()).hasMessageStartingWith("some/dir/r.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"text\"", "{\"q1\": {}", "{\"q1\": {}, }", "[1, 2"})
    void objectOrArrayErrorsAreThoseOfTheParsedTree(String json) {
        byte[] bytes = utf8(json);
        Throwable expected = catchThrowable(() -> {
            JsonCursor root = JsonCursor.parse(FILE, bytes);
            if (root.isArray()) {
                root.elements();
            } else {
                root.fields();
            }
        });
        assertThat(expected).isInstanceOf(IngestException.class);
        assertThatThrownBy(() -> JsonRecord.elementsOrValues(FILE, bytes)).isInstanceOf(IngestException.class)
                .hasMessage(expected.getMessage());
    }
}
