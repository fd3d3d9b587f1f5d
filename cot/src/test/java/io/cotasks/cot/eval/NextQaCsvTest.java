package io.cotasks.cot.eval;

import io.cotasks.store.CotasksException;
import io.cotasks.store.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NextQaCsvTest {

    static Path resource(String name) {
        return Path.of(System.getProperty("cotasks.root"), "cot/src/test/resources/eval", name);
    }

    @Test
    void readsMultipleChoiceRows() {
        NextQaCsv.Loaded loaded = NextQaCsv.read(resource("nextqa_mc_val_2videos.csv"));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.questions()).hasSize(18);
        assertThat(loaded.questions().get(2)).isEqualTo(new Question("nextqa-mc", "1", "2793806282", "CW",
                "why does the black dog have a blue vest around it s body",
                List.of("attack black dog", "keep warm", "snatched the bone", "stay afloat", "want to join in"),
                "stay afloat", 3, List.of(), List.of()));
        assertThat(loaded.questions()).extracting(Question::type)
                .containsExactly("TC", "TC", "CW", "TN", "CW", "TC", "TN", "DL", "CH", "CH", "TN", "TC", "CH", "CH",
                        "TN", "CW", "TN", "CH");
    }

    @Test
    void readsOpenEndedAndGroundedRows() {
        NextQaCsv.Loaded oe = NextQaCsv.read(resource("nextoe_val_2videos.csv"));
        NextQaCsv.Loaded gqa = NextQaCsv.read(resource("nextgqa_val_2videos.csv"));

        assertThat(oe.questions()).hasSize(21);
        assertThat(oe.questions().get(3)).isEqualTo(new Question("nextqa-oe", "6", "11566930393", "DC",
                "how many people are involved in the video", List.of(), "one", -1, List.of(), List.of()));
        assertThat(gqa.questions()).hasSize(12);
        assertThat(gqa.questions().get(0).uid()).isEqualTo("nextqa-gqa#2793806282#12");
        assertThat(gqa.questions().get(0).answerIndex()).isEqualTo(1);
    }

    @Test
    void reportsBadRowsWithTheirLineAndKeepsTheGoodOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("val.csv");
        Files.writeString(file, """
                video,frame_count,width,height,question,answer,qid,type,a0,a1,a2,a3,a4
                2793806282,1925,320,240,what is the dog doing,1,6,TC,on the right,swimming,lick,play,ball
                2793806282,1925,320,240,what is the dog doing,7,6,TC,on the right,swimming,lick,play,ball
                2793806282,1925,320,240,what is the dog doing,1,6,XX,on the right,swimming,lick,play,ball
                2793806282,1925,320,240,,1,6,TC,on the right,swimming,lick,play,ball
                2793806282,1925,320,240,what is the dog doing,1,6,TC,on the right
                """);
        NextQaCsv.Loaded loaded = NextQaCsv.read(file);

        assertThat(loaded.questions()).extracting(Question::qid).containsExactly("6");
        assertThat(loaded.problems()).containsExactly(
                file + ":3: answer index 7 out of range 0-4",
                file + ":4: unknown question type 'XX' (expected one of CW CH TN TC TP DL DC DO DB)",
                file + ":5: empty question",
                file + ":6: expected 13 fields, found 9");
    }

    @Test
    void rejectsFilesThatAreNotNextQa(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "id,text\n1,hello\n");

        assertThatThrownBy(() -> NextQaCsv.read(file)).isInstanceOf(CotasksException.class)
                .hasMessage(file + ":1: missing column 'video' (expected NExT-QA's "
                        + "video,frame_count,width,height,question,answer,qid,type[,a0..a4])");
        assertThatThrownBy(() -> NextQaCsv.read(dir.resolve("missing.csv"))).isInstanceOf(CotasksException.class)
                .hasMessage(dir.resolve("missing.csv") + ": questions file not found");
    }
}
