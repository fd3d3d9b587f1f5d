package io.cotasks.ingest;

import io.cotasks.ingest.sources.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's content hash is stable across loads and copies of its file, changes when the bytes of one of its
 * records change, and covers only its own records (and, for STAR, its Charades row); grouping records into
 * units is the same as grouping the parsed tree. Real VidSTG and STAR files.
 */
class ContentHashTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final Path SHARED = Path.of(System.getProperty("cotasks.shared", "../../shared/data"));
    static final Path DEV = SHARED.resolve("vidor/VidSTG/test_annotations_dev.json");
    static final Path VAL = SHARED.resolve("vidor/VidSTG/val_annotations.json");

    @TempDir
    Path tmp;

    static Map<String, String> hashes(String source, Path... inputs) {
        Map<String, String> out = new HashMap<>();
        for (IngestUnit unit : Sources.byName(source).units(List.of(inputs))) {
            assertThat(out.put(unit.videoId(), unit.contentHash())).as(unit.location()).isNull();
        }
        return out;
    }

    /** {@code file}'s bytes with {@code insert} added after the first byte of {@code record} (its '{'). */
    static byte[] withInserted(byte[] file, ByteSpan record, String insert) {
        assertThat(file[record.start()]).isEqualTo((byte) '{');
        byte[] extra = insert.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[file.length + extra.length];
        System.arraycopy(file, 0, out, 0, record.start() + 1);
        System.arraycopy(extra, 0, out, record.start() + 1, extra.length);
        int rest = record.start() + 1;
        System.arraycopy(file, rest, out, rest + extra.length, file.length - rest);
        return out;
    }

    @Test
    void vidstgUnitsGroupRecordsAsTheParsedTreeAndHashTheirOwnRecordsBytes() {
        List<String> ids = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Path file : List.of(DEV, VAL)) {
            byte[] bytes = InputFiles.read(file);
            List<JsonRecord> records = JsonRecord.elements(file, bytes);
            List<JsonCursor> tree = JsonCursor.parse(file, bytes).elements();
            assertThat(JsonRecord.cursors(records)).isEqualTo(tree);
            Map<String, ByteSpan> rawByPath = new HashMap<>();
            records.forEach(r -> rawByPath.put(r.cursor().path(), r.raw()));
            JsonCursor.groupBy(tree, java.util.function.Function.identity(), "vid").forEach((vid, group) -> {
                ids.add(vid);
                StringBuilder text = new StringBuilder();
                group.forEach(c -> text.append(rawByPath.get(c.path())).append('\n'));
                expected.add(ContentHash.of(text.toString()));
            });
        }
        List<IngestUnit> units = Sources.byName("vidstg").units(List.of(DEV, VAL));
        assertThat(units).hasSize(271 + 602);
        assertThat(units.stream().map(IngestUnit::videoId).toList()).isEqualTo(ids);
        assertThat(units.stream().map(IngestUnit::contentHash).toList()).isEqualTo(expected);
        assertThat(units.stream().map(IngestUnit::contentHash).distinct()).hasSize(873);
    }

    @Test
    void vidstgHashesAreStableAcrossLoadsAndCopies() throws IOException {
        Map<String, String> first = hashes("vidstg", DEV, VAL);
        Path copy = Files.copy(VAL, tmp.resolve("renamed.json"));
        Map<String, String> copied = hashes("vidstg", DEV, copy);
        assertThat(hashes("vidstg", DEV, VAL)).isEqualTo(first).hasSize(873);
        assertThat(copied).isEqualTo(first);
    }

    @Test
    void changingOneRecordChangesOnlyItsVideosHash() throws IOException {
        byte[] bytes = InputFiles.read(VAL);
        Map<String, List<JsonRecord>> byVideo =
                JsonCursor.groupBy(JsonRecord.elements(VAL, bytes), JsonRecord::cursor, "vid");
        String video = byVideo.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow().getKey();
        List<JsonRecord> records = byVideo.get(video);
        assertThat(records).hasSizeGreaterThan(2);
        Path edited = Files.write(tmp.resolve(VAL.getFileName()),
                withInserted(bytes, records.get(records.size() / 2).raw(), "\"edited\": true, "));

        Map<String, String> before = hashes("vidstg", VAL);
        Map<String, String> after = hashes("vidstg", edited);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get(video)).isNotEqualTo(before.get(video));
        before.remove(video);
        after.remove(video);
        assertThat(after).isEqualTo(before).hasSize(601);
    }

    /** The STAR sample layout (vocabulary, Charades rows, questions) copied under {@code tmp}. */
    Path starCopy() throws IOException {
        for (String folder : List.of("classes", "charades", "homepage")) {
            Path target = Files.createDirectories(tmp.resolve("star").resolve(folder));
            try (Stream<Path> files = Files.list(SAMPLES.resolve("star").resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
        return tmp.resolve("star/homepage/sel_examples.json");
    }

    @Test
    void aStarUnitsHashCoversItsRecordsAndItsCharadesRowOnly() throws IOException {
        Path original = SAMPLES.resolve("star/homepage/sel_examples.json");
        Path file = starCopy();
        Map<String, String> before = hashes("star", original);
        assertThat(before).hasSize(4);
        assertThat(hashes("star", file)).isEqualTo(before);

        // the Charades row of one video: its length in seconds, the last column
        Path csv = tmp.resolve("star/charades/Charades_v1_star_videos.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        int row = lines.stream().skip(1).filter(l -> l.startsWith("LEG82,")).findFirst()
                .map(lines::indexOf).orElseThrow();
        lines.set(row, lines.get(row) + "1");
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Map<String, String> rowEdited = hashes("star", file);
        assertThat(rowEdited.get("LEG82")).isNotEqualTo(before.get("LEG82"));
        assertThat(without(rowEdited, "LEG82")).isEqualTo(without(before, "LEG82"));

        // one record of another video
        byte[] bytes = Files.readAllBytes(file);
        JsonRecord record = JsonRecord.elements(file, bytes).stream()
                .filter(r -> !r.cursor().get("video_id").asText().equals("LEG82")).findFirst().orElseThrow();
        String video = record.cursor().get("video_id").asText();
        Files.write(file, withInserted(bytes, record.raw(), "\"edited\": true, "));
        Map<String, String> recordEdited = hashes("star", file);
        assertThat(recordEdited.get(video)).isNotEqualTo(rowEdited.get(video));
        assertThat(without(recordEdited, video)).isEqualTo(without(rowEdited, video)).hasSize(3);
    }

    private static Map<String, String> without(Map<String, String> hashes, String video) {
        Map<String, String> out = new HashMap<>(hashes);
        assertThat(out.remove(video)).isNotNull();
        return out;
    }

    @Test
    void linesHashAsTheirBytesEachFollowedByANewlineThenTheTail() {
        byte[] file = "[{\"a\": \"caf\\u00e9\"}, {\"b\": \"caf\u00e9\"}]".getBytes(StandardCharsets.UTF_8);
        List<ByteSpan> lines = List.of(new ByteSpan(file, 1, 19), new ByteSpan(file, 21, file.length - 1));
        assertThat(ContentHash.ofLines(lines, "id,\u00e9\n"))
                .isEqualTo(ContentHash.of("{\"a\": \"caf\\u00e9\"}\n{\"b\": \"caf\u00e9\"}\nid,\u00e9\n"))
                .hasSize(32).matches("[0-9a-f]+");
        assertThat(ContentHash.ofLines(List.of(), "")).isEqualTo(ContentHash.of(new byte[0]));
    }

    /** Pins the algorithm (MurmurHash3 x64 128, seed 0): changing it makes every stored video ingest again. */
    @Test
    void theHashIsMurmur3Of128BitsAsHex() {
        assertThat(ContentHash.of("cotasks")).isEqualTo("cd581559047c30f0e89a7365056a670c");
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
}
