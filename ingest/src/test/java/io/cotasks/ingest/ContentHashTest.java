package io.cotasks.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.cotasks.ingest.star.CharadesActions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed JSON hash equals the text hash it replaced (each record's {@code toString()} and a newline,
 * then the extra text), on real records, so the hashes stored by earlier ingests stay valid.
 */
class ContentHashTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final Path SHARED = Path.of(System.getProperty("cotasks.shared", "../../shared/data"));

    /** The hash as the adapters computed it before streaming. */
    static String textHash(List<JsonCursor> records, String tail) {
        StringBuilder text = new StringBuilder();
        records.forEach(r -> text.append(r.node().toString()).append('\n'));
        return ContentHash.of(text.append(tail).toString());
    }

    static List<JsonNode> nodes(List<JsonCursor> records) {
        return records.stream().map(JsonCursor::node).toList();
    }

    static JsonCursor parse(Path file) {
        return JsonCursor.parse(file, InputFiles.read(file));
    }

    @Test
    void everyVidstgUnitHashesAsItsRecordText() {
        Path dev = SHARED.resolve("vidor/VidSTG/test_annotations_dev.json");
        Path val = SHARED.resolve("vidor/VidSTG/val_annotations.json");
        List<String> ids = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Map<String, List<JsonCursor>> byVideo = new HashMap<>();
        for (Path file : List.of(dev, val)) {
            JsonCursor.groupBy(parse(file).elements(), "vid").forEach((vid, records) -> {
                ids.add(vid);
                expected.add(textHash(records, ""));
                byVideo.put(vid, records);
                assertThat(ContentHash.ofJsonLines(nodes(records), "")).isEqualTo(textHash(records, ""));
            });
        }
        List<IngestUnit> units = Sources.byName("vidstg").units(List.of(dev, val));
        assertThat(units).hasSize(271 + 602);
        assertThat(units.stream().map(IngestUnit::videoId).toList()).isEqualTo(ids);
        assertThat(units.stream().map(IngestUnit::contentHash).toList()).isEqualTo(expected);
        // the one real record with non-ASCII text: a no-break space, escaped in the file, raw in toString()
        String text = textOf(byVideo.get("6692501229"));
        assertThat(text).contains("\u00a0");
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(text.length());
    }

    @Test
    void everyStarUnitHashesAsItsRecordTextAndCharadesRow() {
        Path file = SHARED.resolve("star/homepage/sel_examples.json");
        Map<String, CharadesActions.Row> charades = new HashMap<>();
        for (String csv : List.of("Charades_v1_test.csv", "Charades_v1_train.csv")) {
            CharadesActions.read(SHARED.resolve("star/charades").resolve(csv)).forEach(charades::putIfAbsent);
        }
        Map<String, String> expected = new HashMap<>();
        JsonCursor.groupBy(parse(file).elements(), "video_id").forEach((vid, records) -> {
            assertThat(charades).containsKey(vid);
            expected.put(vid, textHash(records, charades.get(vid).raw()));
        });
        List<IngestUnit> units = Sources.byName("star").units(List.of(file));
        assertThat(units).hasSize(4);
        for (IngestUnit unit : units) {
            assertThat(unit.contentHash()).as(unit.videoId()).isEqualTo(expected.get(unit.videoId()));
        }
    }

    @Test
    void escapesControlCharactersAndSurrogatesHashAsTheirText() {
        String json = """
                [{"text": "tab\\t quote\\" back\\\\ slash/ nul\\u0000 del\\u007f nbsp\\u00a0 euro\\u20ac",
                  "emoji \\ud83d\\ude00": "pair \\ud83d\\ude00 lone high \\ud800 lone low \\udc00 high at end \\ud83d",
                  "numbers": [1.0E20, 0.1, -0.0, 12345678901234567890123, 1e-7, 3],
                  "nothing": null, "empty": [], "object": {}, "nested": [[{"a": [false]}]]},
                 "\\ud83d", [], {}, null, true, "\\ude00"]""";
        List<JsonCursor> records = JsonCursor.parse(Path.of("edge.json"), json.getBytes(StandardCharsets.UTF_8))
                .elements();
        for (int n = 0; n <= records.size(); n++) {
            List<JsonCursor> first = records.subList(0, n);
            for (String tail : List.of("", "id,actions\n", "\ude00 after a lone high", "caf\u00e9 \ud83d\ude00")) {
                assertThat(ContentHash.ofJsonLines(nodes(first), tail)).as(n + " records, tail " + tail)
                        .isEqualTo(textHash(first, tail));
            }
        }
        assertThat(ContentHash.ofJsonLines(List.of(), "")).isEqualTo(ContentHash.of(""));
    }

    @Test
    void adaptersRecordTheHashTheyAreGivenAndLoadAloneHashesItself() {
        List<IngestUnit> units = new ArrayList<>();
        units.addAll(Sources.byName("vidor").units(List.of(SAMPLES.resolve("vidor/annotations/11566930393.json"))));
        units.addAll(Sources.byName("vidstg").units(List.of(SAMPLES.resolve("golden_nextqa_vidor/vidstg_2videos.json"))));
        units.addAll(Sources.byName("star").units(List.of(SAMPLES.resolve("star/homepage/sel_examples.json"))));
        units.addAll(Sources.byName("charades").units(List.of(SAMPLES.resolve("star/charades/Charades_v1_star_videos.csv"))));
        assertThat(units).hasSize(1 + 2 + 4 + 4);
        for (IngestUnit unit : units) {
            assertThat(unit.load("given").graph().contentHash()).as(unit.location()).isEqualTo("given");
            assertThat(unit.load().graph().contentHash()).as(unit.location()).isEqualTo(unit.contentHash()).isNotNull();
        }
    }

    private static String textOf(List<JsonCursor> records) {
        StringBuilder text = new StringBuilder();
        records.forEach(r -> text.append(r.node().toString()));
        return text.toString();
    }
}
