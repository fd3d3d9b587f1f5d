package io.cotasks.datasets.nextqa;

import io.cotasks.store.model.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The published NExT-QA files, read whole from the shared data folder, as the ingest tests read them. */
class NextQaReaderTest {

    static final Path SHARED = Path.of(System.getProperty("cotasks.shared", "../../shared/data"), "nextqa");
    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"), "golden_nextqa_vidor");

    private static Map<NextQaType, Long> types(NextQaQuestions file) {
        return file.questions().stream().collect(Collectors.groupingBy(NextQaQuestion::type, TreeMap::new, Collectors.counting()));
    }

    private static long videos(NextQaQuestions file) {
        return file.questions().stream().map(NextQaQuestion::videoId).distinct().count();
    }

    private static String id(NextQaQuestion q) {
        return q.videoId() + "_" + q.qid();
    }

    @Test
    void multipleChoiceVal() {
        NextQaQuestions mc = NextQaReader.read(SHARED.resolve("NExT-QA_mc/val.csv"));

        assertThat(mc.format()).isEqualTo(NextQaFormat.MC);
        assertThat(mc.badRows()).isEmpty();
        assertThat(mc.questions()).hasSize(4_996);
        assertThat(videos(mc)).isEqualTo(570);
        assertThat(types(mc)).containsExactlyEntriesOf(new TreeMap<>(Map.of(NextQaType.CW, 1_924L, NextQaType.CH, 683L,
                NextQaType.TN, 895L, NextQaType.TC, 663L, NextQaType.TP, 54L, NextQaType.DL, 295L, NextQaType.DC, 177L,
                NextQaType.DO, 305L)));
        assertThat(id(mc.questions().get(0))).isEqualTo("4010069381_6");
        assertThat(mc.questions().get(4_995)).isEqualTo(new NextQaQuestion(NextQaFormat.MC, 4_997, "6233408665", 2246, 640,
                360, "what did the people on the sofa do after the lady in pink finished singing", "8", NextQaType.TN,
                List.of("sitting", "give it to the girl", "take music sheet", "clap", "walk in circles"), "clap", 3, List.of()));
        assertThat(mc.toQuestions().get(4_995).uid()).isEqualTo("nextqa-mc#6233408665#8");
    }

    @Test
    void openEndedValAndTrain() {
        NextQaQuestions val = NextQaReader.read(SHARED.resolve("NExT-OE/val.csv"));
        NextQaQuestions train = NextQaReader.read(SHARED.resolve("NExT-OE/train.csv"));

        assertThat(val.format()).isEqualTo(NextQaFormat.OE);
        assertThat(val.badRows()).isEmpty();
        assertThat(val.questions()).hasSize(5_343);
        assertThat(videos(val)).isEqualTo(570);
        assertThat(types(val)).containsEntry(NextQaType.DB, 277L).containsEntry(NextQaType.CW, 1_928L).hasSize(9);
        assertThat(val.questions().get(5_342)).isEqualTo(new NextQaQuestion(NextQaFormat.OE, 5_344, "9082180631", 406, 640,
                360, "where did the lady in black put her hands while she skate", "6", NextQaType.TC, List.of(),
                "behind her back", -1, List.of()));
        assertThat(val.toQuestions()).allSatisfy(q -> assertThat(q.dataset()).isEqualTo("nextqa-oe"));

        assertThat(train.badRows()).isEmpty();
        assertThat(train.questions()).hasSize(37_523);
        assertThat(videos(train)).isEqualTo(3_870);
        assertThat(types(train)).containsEntry(NextQaType.DB, 2_928L).containsEntry(NextQaType.TP, 292L).hasSize(9);
        assertThat(id(train.questions().get(0))).isEqualTo("3606518674_1");
        assertThat(id(train.questions().get(37_522))).isEqualTo("7908066554_0");
        // as published, three (video, qid) pairs name two different questions each
        assertThat(train.questions().stream().collect(Collectors.groupingBy(NextQaReaderTest::id, TreeMap::new,
                Collectors.mapping(NextQaQuestion::line, Collectors.toList()))).entrySet().stream()
                .filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
                .containsExactly("3617262562_2=[16834, 18638]", "4598213889_2=[1702, 23288]", "4598213889_5=[1291, 35356]");
    }

    @Test
    void groundedValWithItsAnswerSpans() {
        Path csv = SHARED.resolve("NExT-GQA/val.csv");
        NextQaQuestions gqa = NextQaReader.read(csv, GqaSpans.read(SHARED.resolve("NExT-GQA/gsub_val.json")));

        assertThat(gqa.format()).isEqualTo(NextQaFormat.GQA);
        assertThat(gqa.badRows()).isEmpty();
        assertThat(gqa.questions()).hasSize(3_358);
        assertThat(videos(gqa)).isEqualTo(567);
        assertThat(types(gqa).keySet()).containsExactly(NextQaType.CW, NextQaType.CH, NextQaType.TN, NextQaType.TC, NextQaType.TP);
        assertThat(gqa.questions()).allSatisfy(q -> assertThat(q.spans()).isNotEmpty());
        assertThat(gqa.questions().stream().mapToInt(q -> q.spans().size()).sum()).isEqualTo(3_931);
        NextQaQuestion first = gqa.questions().get(0);
        assertThat(id(first)).isEqualTo("4882821564_1");
        assertThat(first.answer()).isEqualTo("unwrap it");
        assertThat(first.answerIndex()).isEqualTo(2);
        assertThat(first.spans()).containsExactly(new Span(13.8, 29.8));
        assertThat(gqa.gsub().fps("4882821564")).isEqualTo(29.97002997002997);
        assertThat(gqa.toQuestions().get(0).uid()).isEqualTo("nextqa-gqa#4882821564#1");
        // the questions compare by content, spans included
        assertThat(NextQaReader.read(csv, GqaSpans.read(SHARED.resolve("NExT-GQA/gsub_val.json"))).toQuestions())
                .isEqualTo(gqa.toQuestions());
        // without a gsub file the same rows have no spans; ingest's reading finds gsub_val.json next to the CSV
        assertThat(NextQaReader.read(csv).questions()).allSatisfy(q -> assertThat(q.spans()).isEmpty());
        assertThat(NextQaReader.readWithGsubNextTo(csv).questions()).isEqualTo(gqa.questions());
    }

    @Test
    void theBundledTwoVideoSubsets() {
        NextQaQuestions mc = NextQaReader.readWithGsubNextTo(SAMPLES.resolve("nextqa_mc_val_2videos.csv"));
        NextQaQuestions oe = NextQaReader.read(SAMPLES.resolve("nextoe_val_2videos.csv"));
        NextQaQuestions gqa = NextQaReader.readWithGsubNextTo(SAMPLES.resolve("nextgqa_val_2videos.csv"));

        assertThat(mc.questions()).hasSize(18);
        // an MC file next to a gsub file takes no spans: GQA's qids would collide with MC's
        assertThat(mc.questions()).allSatisfy(q -> assertThat(q.spans()).isEmpty());
        assertThat(mc.questions().get(2).toQuestion()).isEqualTo(new io.cotasks.store.model.Question("nextqa-mc", "1",
                "2793806282", "CW", "why does the black dog have a blue vest around it s body",
                List.of("attack black dog", "keep warm", "snatched the bone", "stay afloat", "want to join in"),
                "stay afloat", 3, List.of(), List.of()));
        assertThat(oe.questions()).hasSize(21);
        assertThat(oe.questions().get(3).toQuestion()).isEqualTo(new io.cotasks.store.model.Question("nextqa-oe", "6",
                "11566930393", "DC", "how many people are involved in the video", List.of(), "one", -1, List.of(), List.of()));
        assertThat(gqa.questions()).hasSize(12);
        Map<String, NextQaQuestion> byId = gqa.questions().stream().collect(Collectors.toMap(NextQaReaderTest::id, Function.identity()));
        assertThat(byId.get("2793806282_4").spans()).containsExactly(new Span(23.5, 25.7), new Span(48.3, 54.6));
        assertThat(byId.get("2793806282_12").answerIndex()).isEqualTo(1);
    }
}
