package io.cotasks.ingest;

import io.cotasks.ingest.sources.Sources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees for bad input files, as a table of input and exact message: a plain sentence that starts
 * with the path as typed (the folder given on the command line, then the file's place under it), never a
 * library's wording (Jackson's {@code REDACTED} source, commons-csv's exceptions, {@code Input length = 1},
 * {@code Invalid UTF-32 character}).
 */
class IngestMessagesTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final String MC_HEADER = "video,frame_count,width,height,question,answer,qid,type,a0,a1,a2,a3,a4\n";
    /** A relative folder, as a user types it (the tests run in the module folder). */
    static final Path TYPED = Path.of("target", "messages-in");

    @BeforeAll
    static void clean() throws IOException {
        delete();
    }

    @AfterAll
    static void delete() throws IOException {
        if (Files.exists(TYPED)) {
            try (Stream<Path> all = Files.walk(TYPED)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The messages of every failed unit when {@code source} ingests the folder {@link #TYPED}. */
    static List<String> messages(String source, String file, byte[] content) throws IOException {
        Path path = TYPED.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, content);
        try {
            List<String> out = new ArrayList<>();
            for (IngestUnit unit : Sources.byName(source).units(List.of(TYPED))) {
                try {
                    unit.load();
                } catch (IngestException e) {
                    out.add(e.getMessage());
                }
            }
            return out;
        } finally {
            Files.delete(path);
        }
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "vidor | sub/empty.json | `` | target/messages-in/sub/empty.json: the file is empty",
            "vidor | sub/cut.json | `{\"video_id\": \"1\",\n \"fps\": ` | target/messages-in/sub/cut.json:2:9: malformed JSON: the file ends in the middle of a value (cut short?)",
            "star | sub/s.json | `[{\"question_id\": 1}, ` | target/messages-in/sub/s.json:1:22: malformed JSON: the file ends in the middle of a value (cut short?)",
            "star | sub/empty.json | `` | target/messages-in/sub/empty.json: the file is empty",
            "vidstg | sub/v.json | `[{\"vid\": \"1\"}]` | target/messages-in/sub/v.json: $[0].frame_count: missing field",
            "nextqa | sub/mc.csv | `" + MC_HEADER + "4010069381,369,640,480,how,0,6,CH,a\n` | target/messages-in/sub/mc.csv:2: expected 13 fields, found 9",
            "nextqa | sub/mc.csv | `" + MC_HEADER + "4010069381,369,640,480,\"how,0,6,CH,a,b,c,d,e\n` | target/messages-in/sub/mc.csv:2: unbalanced quote",
            "charades | sub/c.csv | `id,actions,length\nAAA01,c068 1.00 3.00,30\nAAA02,\"c068 1.00 3.00,30\nAAA03,c068 1.00 3.00,30\n` | target/messages-in/sub/c.csv:3: unbalanced quote: the quoted field starting here never closes",
            "charades | sub/c.csv | `id,actions,length\nAAA01,c068 1.00 3.00\n` | target/messages-in/sub/c.csv:2: expected 3 columns, got 2",
    })
    void aBadFileIsOnePlainSentenceWithThePathAsTyped(String source, String file, String content, String message)
            throws IOException {
        assertThat(messages(source, file, content.getBytes(StandardCharsets.UTF_8))).containsExactly(message);
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            // the first bytes of an MP4 (an ISO box header), given as annotations
            "vidstg | sub/video.json | 0000001c667479706d703432 | target/messages-in/sub/video.json: not a JSON text file (binary, or not UTF-8)",
            "vidor | sub/video.json | 0000001c667479706d703432 | target/messages-in/sub/video.json: not a JSON text file (binary, or not UTF-8)",
            // Latin-1 'é' in a Charades description
            "charades | sub/latin1.csv | 69642c616374696f6e732c6c656e6774680a41414130312c6330363820312e303020332e30302c33300ae90a | target/messages-in/sub/latin1.csv: not UTF-8 text",
    })
    void aBinaryOrNonUtf8FileSaysSo(String source, String file, String hex, String message) throws IOException {
        assertThat(messages(source, file, HexFormat.of().parseHex(hex))).containsExactly(message);
    }

    @org.junit.jupiter.api.Test
    void theOriginIsTheFileNameHoweverThePathIsTyped() throws IOException {
        Path typed = TYPED.resolve("deep/11566930393.json");
        Files.createDirectories(typed.getParent());
        Files.copy(SAMPLES.resolve("vidor/annotations/11566930393.json"), typed);
        try {
            IngestUnit relative = Sources.byName("vidor").units(List.of(TYPED)).get(0);
            IngestUnit absolute = Sources.byName("vidor").units(List.of(typed.toAbsolutePath())).get(0);
            assertThat(relative.location()).isEqualTo("target/messages-in/deep/11566930393.json");
            assertThat(relative.origin()).isEqualTo("vidor:11566930393.json").isEqualTo(absolute.origin());
        } finally {
            Files.delete(typed);
        }
    }
}
