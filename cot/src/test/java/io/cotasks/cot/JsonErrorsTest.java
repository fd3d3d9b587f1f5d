package io.cotasks.cot;

import io.cotasks.cot.star.StarQuestionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jackson's failures as the user sees them: the path as given, line and column, no library internals. */
class JsonErrorsTest {

    @Test
    void anUnclosedObjectNamesThePathAndThePlaceWithoutJacksonsSource(@TempDir Path dir) throws Exception {
        Path file = Files.createDirectories(dir.resolve("sub")).resolve("empty.json");
        Files.writeString(file, "{\"a\": [1,\n");
        assertThatThrownBy(() -> StarQuestionFile.read(file))
                .hasMessageMatching(java.util.regex.Pattern.quote(file.toString())
                        + ":\\d+:\\d+: not valid JSON: Unexpected end-of-input.*")
                .hasMessageNotContaining("REDACTED").hasMessageNotContaining("Source");
    }

    @Test
    void aBinaryFileIsNotJsonTextRatherThanAnInvalidUtf32Character(@TempDir Path dir) throws Exception {
        Path video = dir.resolve("clip.mp4");
        Files.copy(Path.of(System.getProperty("cotasks.samples", "../samples"), "video/vtest_first10s_h264.mp4"), video);
        assertThatThrownBy(() -> StarQuestionFile.read(video))
                .hasMessage(video + ": not a JSON text file (binary, or not UTF-8)");
    }
}
