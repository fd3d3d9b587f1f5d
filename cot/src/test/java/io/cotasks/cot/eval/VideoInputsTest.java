package io.cotasks.cot.eval;

import io.cotasks.store.CotasksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoInputsTest {

    @Test
    void findsVideosFlatAndInTheVidorLayout(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("0000"));
        Files.writeString(dir.resolve("0000/2793806282.mp4"), "x");
        Files.writeString(dir.resolve("11566930393.webm"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        VideoFiles files = VideoFiles.index(dir);

        assertThat(files.size()).isEqualTo(2);
        assertThat(VideoInputs.files(files).forVideo("2793806282"))
                .isEqualTo(new VideoInput.Url(dir.resolve("0000/2793806282.mp4").toUri().toString()));
        assertThat(VideoInputs.files(files).forVideo("11566930393"))
                .isEqualTo(new VideoInput.Url(dir.resolve("11566930393.webm").toUri().toString()));
        assertThatThrownBy(() -> VideoInputs.files(files).forVideo("404")).isInstanceOf(CotasksException.class)
                .hasMessage(dir + ": no video file for video 404 (looked for 404.mp4 and friends)");
        assertThatThrownBy(() -> VideoFiles.index(dir.resolve("missing"))).isInstanceOf(CotasksException.class)
                .hasMessage(dir.resolve("missing") + ": video folder not found");
    }

    @Test
    void fillsUrlTemplates() throws Exception {
        assertThat(VideoInputs.urlTemplate("http://media/nextqa/{video}.mp4").forVideo("2793806282"))
                .isEqualTo(new VideoInput.Url("http://media/nextqa/2793806282.mp4"));
        assertThat(VideoInputs.none().forVideo("2793806282")).isEqualTo(new VideoInput.None());
    }

    @Test
    void cachesDecodedFramesPerVideo() throws Exception {
        List<String> decoded = new ArrayList<>();
        FrameSource source = FrameSource.cached((video, n) -> {
            decoded.add(video);
            return List.of(new byte[]{(byte) 0xff, (byte) 0xd8});
        }, 1);
        VideoInputs frames = VideoInputs.frames(source, 8);

        frames.forVideo("a");
        frames.forVideo("a");
        frames.forVideo("b");
        frames.forVideo("a");

        assertThat(decoded).containsExactly("a", "b", "a");
        assertThat(((VideoInput.Frames) frames.forVideo("a")).jpegs()).hasSize(1);
    }
}
