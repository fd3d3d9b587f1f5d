package io.cotasks.ingest;

import io.cotasks.ingest.sources.Sources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One line per bad input, naming the file and the JSON path or CSV line, for every adapter. */
class BadInputTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final String STAR_OK = "{\"question_id\": \"Interaction_T1_1\", \"video_id\": \"LEG82\", \"start\": 1.0, \"end\": 2.0, "
            + "\"question\": \"q\", \"answer\": \"a\", \"program\": [], \"choices\": [], \"anno_actions\": [], \"situations\": %s}";
    static final String MC_HEADER = "video,frame_count,width,height,question,answer,qid,type,a0,a1,a2,a3,a4\n";

    @TempDir
    static Path root;

    @BeforeAll
    static void starLayout() throws Exception {
        for (String folder : List.of("classes", "charades", "homepage")) {
            Path target = Files.createDirectories(root.resolve(folder));
            try (Stream<Path> files = Files.list(SAMPLES.resolve("star").resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (!f.getFileName().toString().equals("sel_examples.json")) {
                        Files.copy(f, target.resolve(f.getFileName()));
                    }
                }
            }
        }
    }

    /** Where {@link #load} writes a file: messages start with this path, as the test gives it. */
    static Path fileOf(String source, String name) {
        return root.resolve(source.equals("star") ? "homepage" : source).resolve(name);
    }

    static String load(String source, String name, String content) throws Exception {
        Path file = fileOf(source, name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            List<IngestUnit> units = Sources.byName(source).units(List.of(file));
            units.forEach(IngestUnit::load);
            return "ok";
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aBadNextQaRowIsOneFailedUnitAndTheGoodRowsOfItsVideoStay() throws Exception {
        Path file = Files.writeString(root.resolve("mc_mixed.csv"), MC_HEADER
                + "4010069381,369,640,480,how,0,6,CH,a,b,c,d,e\n"
                + "4010069381,369,640,480,\"how,0,7,CH,a,b,c,d,e\n"
                + "4010069381,369,640,480,why,1,8,CW,a,b,c,d,e\n");
        try {
            List<IngestUnit> units = Sources.byName("nextqa").units(List.of(file));

            assertThat(units).hasSize(2);
            assertThatThrownBy(units.get(0)::load).isInstanceOf(IngestException.class)
                    .hasMessage(file + ":3: unbalanced quote");
            UnitContent content = units.get(1).load();
            assertThat(units.get(1).videoId()).isEqualTo("4010069381");
            assertThat(content.questions()).extracting(q -> q.uid() + " " + q.answer())
                    .containsExactly("nextqa-mc#4010069381#6 a", "nextqa-mc#4010069381#8 b");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void anUnknownCharadesActionKeepsItsLabelAndIsCounted() throws Exception {
        Path file = Files.writeString(root.resolve("actions.csv"), "id,actions,length\nLEG82,c999 1.00 3.00;c068 2.00 4.00,30\n");
        try {
            UnitContent content = Sources.byName("charades").units(List.of(file)).get(0).load();
            assertThat(content.unmappedLabels()).containsExactly("action c999");
            assertThat(content.graph().events()).extracting(e -> e.label() + " " + e.predicate())
                    .contains("c999 c999", "a053 put");
        } finally {
            Files.delete(file);
        }
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "star | s.json | `[" + "{\"question_id\": \"Interaction_T1_1\", \"video_id\": \"LEG82\", \"start\": 1.0, \"end\": 2.0, \"question\": \"q\", \"answer\": \"a\", \"program\": [], \"choices\": [], \"anno_actions\": [], \"situations\": {\"000010\": {\"bbox\": [[1, 2, 3, 4]], \"bbox_labels\": [0], \"rel_pairs\": [[0, 0]], \"rel_labels\": [\"flying\"], \"actions\": []}}}]` | s.json: $[0].situations.000010.rel_labels[0]: unknown relationship label \"flying\"",
            "star | s.json | `[" + "{\"question_id\": \"Interaction_T1_1\", \"video_id\": \"LEG82\", \"start\": 1.0, \"end\": 2.0, \"question\": \"q\", \"answer\": \"a\", \"program\": [], \"choices\": [], \"anno_actions\": [], \"situations\": {\"000010\": {\"bbox\": [[1, 2, 3, 4]], \"bbox_labels\": [\"unicorn\"], \"rel_pairs\": [], \"rel_labels\": [], \"actions\": []}}}]` | s.json: $[0].situations.000010.bbox_labels[0]: unknown object label \"unicorn\"",
            "star | s.json | `[" + "{\"question_id\": \"Interaction_T1_1\", \"video_id\": \"LEG82\", \"start\": 1.0, \"end\": 2.0, \"question\": \"q\", \"answer\": \"a\", \"program\": [], \"choices\": [], \"anno_actions\": [[\"c068\", \"9.0\", \"3.0\"]], \"situations\": {}}]` | s.json: $[0].anno_actions[0]: action ends at 3.0 s before it begins at 9.0 s",
            "star | s.json | `{\"q1\": " + "{\"question_id\": \"Interaction_T1_1\", \"video_id\": \"LEG82\", \"start\": 1.0, \"end\": 2.0, \"question\": \"q\", \"answer\": \"a\", \"program\": [], \"choices\": [], \"anno_actions\": [], \"situations\": {\"000010\": {\"bbox\": [[1, 2, 3, 4]], \"bbox_labels\": [0]}}}}` | s.json: $.q1.situations.000010.rel_pairs: missing field",
            "nextqa | mc.csv | `" + MC_HEADER + "4010069381,369,640,480,how,7,6,CH,a,b,c,d,e\n` | mc.csv:2: column answer: 7 is not a choice index 0..4",
            "nextqa | mc.csv | `" + MC_HEADER + "4010069381,many,640,480,how,0,6,CH,a,b,c,d,e\n` | mc.csv:2: column frame_count: 'many' is not an integer",
            "charades | c.csv | `id,actions,length\nLEG82,c068 9.00 3.00,30\n` | c.csv:2: action c068 ends at 3.0 s before it begins at 9.0 s",
            "vidstg | v.json | `[{\"vid\": \"1\", \"fps\": 30, \"frame_count\": 10, \"width\": 10, \"height\": 10, \"subject/objects\": [{\"tid\": 0, \"category\": \"dog\"}], \"used_relation\": {\"subject_tid\": 0, \"object_tid\": 1, \"predicate\": \"watch\", \"begin_fid\": 1, \"end_fid\": 3}}]` | v.json: $[0].used_relation.object_tid: tid 1 is not in subject/objects",
    })
    void badInputIsOneLineWithItsLocation(String source, String name, String content, String message) {
        assertThatThrownBy(() -> load(source, name, content)).isInstanceOf(IngestException.class)
                .hasMessage(fileOf(source, name) + message.substring(name.length()));
    }
}
