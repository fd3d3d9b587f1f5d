package io.cotasks.datasets.nextqa;

import io.cotasks.store.CotasksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One policy for bad rows (skipped, reported with file:line) and bad files (rejected, file:1). */
class NextQaBadInputTest {

    static final String MC_HEADER = "video,frame_count,width,height,question,answer,qid,type,a0,a1,a2,a3,a4\n";
    static final String GOOD = "2793806282,1925,320,240,what is the dog doing,1,6,TC,on the right,swimming,lick,play,ball\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void badRowsAreSkippedWithTheirLineAndTheGoodOnesKept() throws Exception {
        Path file = write("val.csv", MC_HEADER + GOOD
                + "2793806282,1925,320,240,what is the dog doing,1,7,TC,on the right\n"
                + "2793806282,1925,320,240,\"what is the dog doing,1,8,TC,on the right,swimming,lick,play,ball\n"
                + GOOD.replace(",6,", ",9,")
                + "2793806282,1925,320,240,\"what\"s that,1,10,TC,a,b,c,d,e\n"
                + "2793806282,1925,320,240,what is the dog doing,7,11,TC,on the right,swimming,lick,play,ball\n"
                + "2793806282,1925,320,240,what is the dog doing,1,12,XX,on the right,swimming,lick,play,ball\n"
                + "2793806282,1925,320,240,,1,13,TC,on the right,swimming,lick,play,ball\n"
                + "dog,1925,320,240,what,1,14,TC,on the right,swimming,lick,play,ball\n"
                + "2793806282,many,320,240,what,1,15,TC,on the right,swimming,lick,play,ball\n"
                + "\n"
                + GOOD.replace(",6,", ",16,"));

        NextQaQuestions read = NextQaReader.read(file);

        assertThat(read.questions()).extracting(NextQaQuestion::qid).containsExactly("6", "9", "16");
        assertThat(read.questions()).extracting(NextQaQuestion::line).containsExactly(2L, 5L, 13L);
        assertThat(read.badRows()).extracting(BadRow::toString).containsExactly(
                file + ":3: expected 13 fields, found 9",
                file + ":4: unbalanced quote",
                file + ":6: a quoted field has text after its closing quote",
                file + ":7: column answer: 7 is not a choice index 0..4",
                file + ":8: column type: 'XX' is not a NExT-QA type (CW CH TN TC TP DL DC DO DB)",
                file + ":9: column question is empty",
                file + ":10: column video: 'dog' is not a video id",
                file + ":11: column frame_count: 'many' is not an integer");
    }

    @Test
    void anUnbalancedQuoteOnTheLastLineCostsThatLineOnly() throws Exception {
        Path file = write("val.csv", MC_HEADER + GOOD + GOOD.replace("what is", "\"what is"));

        NextQaQuestions read = NextQaReader.read(file);

        assertThat(read.questions()).hasSize(1);
        assertThat(read.badRows()).extracting(BadRow::toString).containsExactly(file + ":3: unbalanced quote");
    }

    @Test
    void aGroundedAnswerMustBeOneOfTheOptionsAndOpenEndedRowsHaveNone() throws Exception {
        Path gqa = write("gqa.csv", MC_HEADER.replace("video,", "video_id,")
                + "2793806282,1925,320,240,what is the dog doing,swimming,6,TC,on the right,swimming,lick,play,ball\n"
                + "2793806282,1925,320,240,what is the dog doing,flying,7,TC,on the right,swimming,lick,play,ball\n");
        Path oe = write("oe.csv", "video,frame_count,width,height,question,answer,qid,type\n"
                + "2793806282,1925,320,240,is the dog wet,yes,6,DB\n"
                + "2793806282,1925,320,240,is the dog wet,,7,DB\n");

        NextQaQuestions g = NextQaReader.read(gqa);
        NextQaQuestions o = NextQaReader.read(oe);

        assertThat(g.questions()).singleElement().extracting(NextQaQuestion::answerIndex).isEqualTo(1);
        assertThat(g.badRows()).extracting(BadRow::toString).containsExactly(gqa + ":3: column answer: 'flying' is none of the options");
        assertThat(o.questions()).singleElement().satisfies(q -> {
            assertThat(q.type()).isEqualTo(NextQaType.DB);
            assertThat(q.choices()).isEmpty();
            assertThat(q.toQuestion().dataset()).isEqualTo("nextqa-oe");
        });
        assertThat(o.badRows()).extracting(BadRow::toString).containsExactly(oe + ":3: column answer is empty");
    }

    @Test
    void aFileThatIsNotNextQaIsRejectedAtItsHeader() throws Exception {
        Path other = write("other.csv", "id,text\n1,hello\n");
        Path twice = write("twice.csv", MC_HEADER.replace("a4", "a3"));
        Path quote = write("quote.csv", "\"video,frame_count\n");
        Path empty = write("empty.csv", "");

        assertThatThrownBy(() -> NextQaReader.read(other)).isInstanceOf(CotasksException.class).hasMessage(other
                + ":1: missing column 'video' (expected NExT-QA's video,frame_count,width,height,question,answer,qid,type[,a0..a4])");
        assertThatThrownBy(() -> NextQaReader.read(twice)).hasMessage(twice + ":1: column 'a3' appears twice");
        assertThatThrownBy(() -> NextQaReader.read(quote)).hasMessage(quote + ":1: unbalanced quote");
        assertThatThrownBy(() -> NextQaReader.read(empty)).hasMessage(empty + ":1: empty file, expected a NExT-QA header");
        assertThatThrownBy(() -> NextQaReader.read(dir.resolve("missing.csv"))).isInstanceOf(CotasksException.class)
                .hasMessage(dir.resolve("missing.csv") + ": questions file not found")
                .extracting(e -> ((CotasksException) e).exitCode()).isEqualTo(CotasksException.USAGE);
    }

    @Test
    void badGroundTruthNamesItsJsonPath() throws Exception {
        Path bad = write("gsub_bad.json", "{\"v1\": {\"location\": {\"3\": [[2.0, 1.0]]}}}");
        Path broken = write("gsub_broken.json", "{\"v1\": {\n\"location\": ");
        Path noLocation = write("gsub_nol.json", "{\"v1\": {\"duration\": 3}}");

        assertThatThrownBy(() -> GqaSpans.read(bad)).hasMessage(bad + ": $['v1'].location['3'][0]: expected [begin, end]");
        assertThatThrownBy(() -> GqaSpans.read(broken)).hasMessage(broken + ":2: not valid JSON");
        assertThatThrownBy(() -> GqaSpans.read(noLocation)).hasMessage(noLocation + ": $['v1'].location: missing");
    }
}
