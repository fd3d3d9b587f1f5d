package io.cotasks.cot.star;

import io.cotasks.store.CotasksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StarQuestionFileTest {

    static final Path STAR = Path.of(System.getProperty("cotasks.samples"), "star", "homepage", "sel_examples.json");

    @Test
    void readsTheNinetyNineRealQuestions() {
        List<StarQuestion> qs = StarQuestionFile.read(STAR);
        assertThat(qs).hasSize(99);
        Map<String, Long> types = qs.stream().collect(Collectors.groupingBy(StarQuestion::type, Collectors.counting()));
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of("Interaction", 50L, "Sequence", 23L,
                "Prediction", 10L, "Feasibility", 16L));
        StarQuestion first = qs.get(0);
        assertThat(first.question().qid()).isEqualTo("Interaction_T1_6511");
        assertThat(first.videoId()).isEqualTo("LEG82");
        assertThat(first.firstKeyframe()).isEqualTo(344);
        assertThat(first.lastKeyframe()).isEqualTo(481);
        assertThat(first.situation().actionIds()).containsExactly("a053"); // c068 put a sandwich somewhere
        assertThat(first.choices()).extracting(StarChoice::program).first().isEqualTo(List.of("laptop", "Equal"));
        assertThat(first.question().answerIndex()).isEqualTo(1);
        assertThat(first.question().program()).containsExactly("Situations", "Actions", "put",
                "Filter_Actions_with_Verb", "Unique", "Query_Objs");
        Map<String, StarQuestion> byId = qs.stream().collect(Collectors.toMap(q -> q.question().qid(), Function.identity()));
        assertThat(byId.get("Feasibility_T2_1327").situation().actionIds()).hasSize(5);
    }

    @Test
    void badRecordsNameTheFileAndJsonPath(@TempDir Path dir) throws Exception {
        Map<String, String> cases = Map.of(
                "[{\"video_id\": \"v\"}]", "$[0].question_id: missing",
                "[{\"question_id\": \"Interaction_1\", \"video_id\": \"v\", \"question\": \"q\", \"program\": \"x\", \"choices\": [], \"situations\": {}}]",
                "$[0].program: expected a list of strings",
                "[{\"question_id\": \"Interaction_1\", \"video_id\": \"v\", \"question\": \"q\", \"program\": [], \"choices\": [], \"situations\": {}}]",
                "$[0].situations: no keyframes",
                "[{\"question_id\": \"Interaction_1\", \"video_id\": \"v\", \"question\": \"q\", \"program\": [], \"choices\": [], \"situations\": {\"x1\": {}}}]",
                "$[0].situations['x1']: frame id is not a number",
                "7", "$: expected a list of STAR records or an object keyed by question id");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = dir.resolve("q.json");
            Files.writeString(file, c.getKey());
            assertThatThrownBy(() -> StarQuestionFile.read(file)).isInstanceOf(CotasksException.class)
                    .hasMessage(file + ": " + c.getValue());
        }
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{");
        assertThatThrownBy(() -> StarQuestionFile.read(broken)).hasMessageStartingWith(broken + ":1:3: not valid JSON: ");
    }
}
