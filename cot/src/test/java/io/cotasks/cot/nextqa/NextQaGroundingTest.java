package io.cotasks.cot.nextqa;

import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.cot.CotStep;
import io.cotasks.datasets.nextqa.NextQaReader;
import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.result.Result;
import io.cotasks.query.result.Span;
import io.cotasks.query.statement.Operator;
import io.cotasks.query.statement.Patterns;
import io.cotasks.query.statement.Statements;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import io.cotasks.store.model.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CoT steps of real NExT-QA MC val questions, one per type code, on the real VidSTG test annotations of
 * their two videos ({@code samples/nextqa_vidstg}): step 1 names the clause that matched each event and why,
 * and the moment's rule; steps 2-4 work on that moment.
 */
class NextQaGroundingTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples")).resolve("nextqa_vidstg");
    static final Path GOLDEN = Path.of(System.getProperty("cotasks.root"))
            .resolve("cot/src/test/resources/golden/nextqa/grounding_steps.txt");

    @TempDir
    static Path dir;
    static SceneGraphStore store;
    static Map<String, Question> mc;

    @BeforeAll
    static void ingest() {
        store = TestStores.embedded(dir);
        IngestReport report = IngestRunner.run(store, Sources.byName("vidstg")
                .units(List.of(SAMPLES.resolve("vidstg_test_2videos.json"))), new IngestRunner.Options(2, true, false, Shard.ALL));
        assertThat(report.failed()).isFalse();
        mc = NextQaReader.read(SAMPLES.resolve("nextqa_mc_val_2videos.csv")).toQuestions().stream()
                .collect(Collectors.toMap(q -> q.videoId() + "_" + q.qid(), Function.identity()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** One real question per type code. */
    static final List<String> QUESTIONS = List.of("3261079025_2", "3261079025_6", "3261079025_7", "3261079025_0", "2809330695_8",
            "2809330695_9", "2809330695_6", "3261079025_9", "2809330695_5");

    @Test
    void everyTypeCodeGetsItsStepsFromTheParseAndTheMatchedEvents() throws Exception {
        CotGenerator generator = CotGenerator.on(store);
        StringBuilder actual = new StringBuilder();
        Map<String, String> types = new LinkedHashMap<>();
        for (String id : QUESTIONS) {
            Question q = mc.get(id);
            types.put(q.type(), id);
            NextQaCot.Outcome o = generator.explainNextQa(q);
            actual.append("# ").append(id).append(' ').append(q.type()).append(": ").append(q.text()).append('\n');
            o.plan().explain().forEach(line -> actual.append("explain ").append(line).append('\n'));
            for (CotStep s : o.result().steps()) {
                actual.append(s.text()).append('\n');
            }
            actual.append('\n');
        }
        assertThat(types.keySet()).containsExactlyInAnyOrder("TN", "TP", "TC", "CW", "CH", "DL", "DO", "DC");
        if (Boolean.getBoolean("cotasks.golden.write")) {
            Files.writeString(GOLDEN, actual);
        }
        assertThat(actual.toString()).isEqualTo(Files.readString(GOLDEN));
    }

    /**
     * A batch works video by video and reuses the statements a video's earlier questions ran; what it gives is what
     * each question gives alone on a fresh generator, in the input order, when the file interleaves the videos.
     */
    @Test
    void aBatchOverInterleavedVideosGivesEachQuestionsOwnCotInInputOrder() {
        List<Question> interleaved = new java.util.ArrayList<>();
        List<Question> first = mc.values().stream().filter(q -> q.videoId().equals("3261079025")).sorted(
                java.util.Comparator.comparing(Question::qid)).toList();
        List<Question> second = mc.values().stream().filter(q -> q.videoId().equals("2809330695")).sorted(
                java.util.Comparator.comparing(Question::qid)).toList();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i < first.size()) {
                interleaved.add(first.get(i));
            }
            if (i < second.size()) {
                interleaved.add(second.get(i));
            }
        }
        List<Question> reported = new java.util.ArrayList<>();
        NextQaBatch batch = NextQaBatch.run(CotGenerator.on(store), interleaved, reported::add);

        // progress hears of each question once, as it is done: video by video
        assertThat(reported).containsExactlyElementsOf(
                java.util.Arrays.stream(NextQaBatch.byVideo(interleaved)).mapToObj(interleaved::get).toList());
        assertThat(reported).containsExactlyInAnyOrderElementsOf(interleaved);
        assertThat(batch.withoutGraph()).isEmpty();
        assertThat(batch.outcomes()).hasSize(interleaved.size());
        for (int i = 0; i < interleaved.size(); i++) {
            NextQaCot.Outcome alone = CotGenerator.on(store).explainNextQa(interleaved.get(i));
            assertThat(batch.outcomes().get(i).result()).isEqualTo(alone.result());
            assertThat(batch.outcomes().get(i).plan().explain()).isEqualTo(alone.plan().explain());
        }
        assertThat(NextQaBatch.byVideo(interleaved)).startsWith(0, 2, 4).hasSize(interleaved.size());
    }

    /** A statement run again on the same video gives the kept result; the first statement on another video forgets it. */
    @Test
    void aStatementAnEarlierQuestionOfTheVideoRanGivesItsKeptResult() {
        VideoStatements runner = VideoStatements.on(QueryEngine.on(store));
        Function<String, Operator<Span>> anyEvent = v -> Statements.localize(
                Patterns.event(null, Patterns.any(), Patterns.anyPredicate(), Patterns.any())).inVideo(v);
        Result<Span> first = runner.run("3261079025", anyEvent.apply("3261079025"));
        assertThat(first.rows()).isNotEmpty();
        assertThat(runner.run("3261079025", anyEvent.apply("3261079025"))).isSameAs(first);
        Result<Span> other = runner.run("2809330695", anyEvent.apply("2809330695"));
        assertThat(other.statement()).contains("2809330695");
        Result<Span> again = runner.run("3261079025", anyEvent.apply("3261079025"));
        assertThat(again).isNotSameAs(first).isEqualTo(first);
    }
}
