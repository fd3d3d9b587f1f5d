package io.cotasks.cot.eval;

import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.datasets.nextqa.NextQaReader;
import io.cotasks.ingest.nextqa.NextQaAdapter;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestGraphs;
import io.cotasks.store.TestStores;
import io.cotasks.store.model.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.cotasks.cot.eval.NextQaEvaluationTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation on a real scene graph: questions read back from Neo4j, CoT text from the real generator. */
class CotEvaluationTest {

    @TempDir
    static Path dir;
    static SceneGraphStore store;

    @BeforeAll
    static void ingestTheQuestionsNextToTheVidorGraph() {
        store = TestStores.embeddedWithVidor(dir);
        IngestReport questions = IngestRunner.run(store, NextQaAdapter.create().units(
                List.of(resource("nextqa_mc_val_2videos.csv"))), IngestRunner.Options.defaults());
        assertThat(questions.failures()).isEmpty();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsTheSameQuestionsFromTheStoreAsFromTheCsv() {
        List<Question> fromStore = StoreQuestions.read(store, List.of("nextqa-mc"));
        List<Question> fromCsv = NextQaReader.read(resource("nextqa_mc_val_2videos.csv")).toQuestions();

        assertThat(fromStore).hasSize(18).containsExactlyInAnyOrderElementsOf(fromCsv);
        assertThat(fromStore.get(0).uid()).isEqualTo("nextqa-mc#11566930393#2");
        assertThat(StoreQuestions.read(store, List.of("nextqa-oe"))).isEmpty();
    }

    @Test
    void theCotRunSendsTheGeneratorsStepsBeforeTheQuestion(@TempDir Path out) throws Exception {
        // the questions of the video whose graph is in the store
        List<Question> questions = StoreQuestions.read(store, List.of("nextqa-mc")).stream()
                .filter(q -> q.videoId().equals(TestGraphs.VIDOR_ID)).toList();
        CotGenerator generator = CotGenerator.on(store);
        CotGenerator check = CotGenerator.on(store);
        try (ScriptedChatServer model = ScriptedChatServer.start(ScriptedVideoLlm.always(questions, "B"));
             ResultLog log = ResultLog.open(out.resolve("results.jsonl"))) {
            NextQaEvaluation.Config config = new NextQaEvaluation.Config(questions, List.of(Run.BASELINE, Run.COT),
                    CotSource.of(generator), VideoInputs.none(), ChatClient.create(ChatSettings.defaults(
                    model.endpoint(), "scripted", null).withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(1))), null, 3);
            NextQaEvaluation.create(config, log).run(() -> { });

            for (Question q : questions) {
                ResultLine cotLine = log.answer(new ResultLog.Key(q.uid(), Run.COT)).orElseThrow();
                assertThat(cotLine.status()).as(q.uid() + ": " + cotLine.detail()).isEqualTo("ok");
            }
            assertThat(model.requestCount()).isEqualTo(10);
            for (Question q : questions) {
                String cot = check.generate(q).text();
                assertThat(cot).as(q.uid()).isNotBlank();
                assertThat(model.received()).extracting(ScriptedChatServer.Received::userText)
                        .contains(AnswerPrompts.user(q, cot), AnswerPrompts.user(q, null));
                assertThat(log.answer(new ResultLog.Key(q.uid(), Run.COT)).orElseThrow().cot()).isEqualTo(cot);
            }
        }
    }
}
