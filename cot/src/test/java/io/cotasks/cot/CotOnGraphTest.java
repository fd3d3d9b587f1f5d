package io.cotasks.cot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.cot.export.LlavaExport;
import io.cotasks.cot.export.QwenExport;
import io.cotasks.cot.export.TaskSamples;
import io.cotasks.cot.generator.CotGenerator;
import io.cotasks.cot.nextqa.NextQaBatch;
import io.cotasks.cot.nextqa.NextQaCot;
import io.cotasks.datasets.nextqa.NextQaReader;
import io.cotasks.cot.star.StarEvaluation;
import io.cotasks.cot.star.StarQuestion;
import io.cotasks.cot.star.StarQuestionFile;
import io.cotasks.cot.star.StarRun;
import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.query.QueryEngine;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import io.cotasks.store.model.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** CoT generation on a real embedded Neo4j holding the real STAR, VidOR and VidSTG sample annotations. */
class CotOnGraphTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples"));
    static final Path STAR = SAMPLES.resolve("star/homepage/sel_examples.json");
    static final Path MC = SAMPLES.resolve("golden_nextqa_vidor/nextqa_mc_val_2videos.csv");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SceneGraphStore store;
    static List<StarQuestion> star;
    static Map<String, Question> mc;

    @BeforeAll
    static void ingest() {
        store = TestStores.embedded(dir);
        IngestRunner.Options options = new IngestRunner.Options(2, true, false, Shard.ALL);
        for (var source : List.of(Map.entry("star", STAR), Map.entry("vidor", SAMPLES.resolve("vidor/annotations")),
                Map.entry("vidstg", SAMPLES.resolve("golden_nextqa_vidor/vidstg_2videos.json")))) {
            IngestReport report = IngestRunner.run(store, Sources.byName(source.getKey()).units(List.of(source.getValue())), options);
            assertThat(report.failed()).as(source.getKey()).isFalse();
        }
        star = StarQuestionFile.read(STAR);
        mc = NextQaReader.read(MC).toQuestions().stream().collect(Collectors.toMap(q -> q.videoId() + "_" + q.qid(), Function.identity()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static StarQuestion star(String qid) {
        return star.stream().filter(q -> q.question().qid().equals(qid)).findFirst().orElseThrow();
    }

    @Test
    void starProgramsAnswerEveryQuestionTheGraphSinglesOut() {
        StarEvaluation evaluation = StarEvaluation.run(QueryEngine.on(store), star, run -> { });
        List<String> lines = evaluation.lines();
        assertThat(lines.subList(lines.size() - 5, lines.size())).containsExactly(
                "Interaction  0.980 (49/50)",
                "Sequence     1.000 (23/23)",
                "Prediction   1.000 (10/10)",
                "Feasibility  0.563 (9/16)",
                "accuracy: 0.919 (91/99)");
        assertThat(evaluation.runs().stream().filter(r -> !r.correct()).map(r -> r.question().question().qid()))
                .containsExactly("Interaction_T5_9502", "Feasibility_T10_0", "Feasibility_T10_3", "Feasibility_T12_2",
                        "Feasibility_T2_1327", "Feasibility_T2_1326", "Feasibility_T2_1328", "Feasibility_T2_1329");
        // every miss is a tie the reference executor shares: several choices hold on the program's result
        assertThat(evaluation.runs().stream().filter(r -> !r.correct())).allMatch(r -> r.supported().size() == 2);
        StarRun feasibility = evaluation.runs().stream()
                .filter(r -> r.question().question().qid().equals("Feasibility_T2_1327")).findFirst().orElseThrow();
        assertThat(feasibility.explanation()).isEqualTo("ambiguous: the result [[close, book], [put, book], [take, book], "
                + "[throw, book]] satisfies choices 0 'Put down the book.' and 3 'Throw the book.' (the reference executor "
                + "marks each Correct too); the annotation marks 3 'Throw the book.', which the situation graph does not single out");
    }

    @Test
    void starCotIsTheProgramOnTheGraph() {
        CotResult cot = CotGenerator.on(store).generate(star("Sequence_T6_9473"));
        assertThat(cot.graphAnswer()).isEqualTo("Threw.");
        assertThat(cot.grounded()).isTrue();
        assertThat(cot.steps()).extracting(CotStep::task).containsExactly(CoTask.values());
        assertThat(cot.text()).isEqualTo("""
                [1 Frame localization] situation keyframes f770-987 (question 25.3-33.6s) | 18 keyframes 770..987
                [2 Entity tracking] person, cup/glass/bottle, book | person#0 25.67s [171,56,359,314]; person#0 27.57s [140,27,328,313]; person#0 29.37s [81,79,271,312]; person#0 32.9s [148,2,376,312]; cup/glass/bottle#10 27.27s [121,263,140,292]; cup/glass/bottle#10 28.47s [121,262,139,291]; cup/glass/bottle#10 30.13s [121,247,140,276]; cup/glass/bottle#10 32.9s [254,204,302,293] (+4 more)
                [3 Spatial relations] annotated relations of the person in the situation | person holding book 25.67-25.77s; person touching book 25.77-26.17s; person holding book 26.17-28.37s; person touching book 26.67-27.27s; person touching cup/glass/bottle 29.37-30.13s; person holding cup/glass/bottle 30.13-32.93s; person touching cup/glass/bottle 31.83-32.9s; person#0 on_the_side_of book#17 23.77-26.63s (+12 more)
                [4 Temporal relations] program result throw | Actions -> [a024 throw book, a084 take cup/glass/bottle]; Actions -> [a024 throw book, a084 take cup/glass/bottle]; Filter_Actions_with_Obj(cup/glass/bottle) -> [a084 take cup/glass/bottle]; Filter_Actions_with_Verb(take) -> [a084 take cup/glass/bottle]; Unique -> a084 take cup/glass/bottle; Filter_Before_Actions(a084) -> [a024 throw book]; Filter_Actions_with_Obj(book) -> [a024 throw book]; Query_Latest_Action -> a024 throw book (+7 more)""");
        assertThat(cot.steps().get(0).statements()).contains("TRACK () IN VIDEO '0BNML' SOURCE annotation",
                "EVENTS e = ()-[*] IN VIDEO '0BNML' SOURCE annotation RETURN e.label, e.begin, e.end");
    }

    @Test
    void nextqaCotIsGroundedInTheVideosVocabulary() {
        CotGenerator generator = CotGenerator.on(store);
        NextQaCot.Outcome o = generator.explainNextQa(mc.get("11566930393_3"));
        assertThat(o.plan().grounding().entities()).extracting(Object::toString).containsExactly("toy->toy");
        assertThat(o.result().text()).isEqualTo("""
                [1 Frame localization] anchor child#0 hold toy#2; main clause -> child#0 hold toy#2 [subject toy~toy, verb play=hold] (+2 tied); focus 1.57-10.84s (CW: the main clause's event (3 tie: their union) and half a median event length before it) | 6.74-10.84s (f202-324); 2.64-3.3s (f79-98); 4.71-5.21s (f141-155)
                [2 Entity tracking] child#0, toy#2 | child#0 1.57s [189,3,488,326]; child#0 4.64s [227,13,476,345]; child#0 7.74s [95,0,468,243]; child#0 10.81s [0,0,225,193]; toy#2 1.57s [325,41,639,280] (+3 more)
                [3 Spatial relations] 16 relations in 1.57-10.84s | child#0 left_of toy#2 0-4.84s; toy#2 right_of child#0 0-4.84s; child#0 overlapping toy#2 0-5.24s; toy#2 overlapping child#0 0-5.24s; toy#2 in_front_of child#0 0-18.99s (+11 more)
                [4 Temporal relations] Allen relations of the anchor child#0 hold toy#2 | child#0 watch toy#2 0-6.31s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 next_to toy#1 0-15.02s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 next_to toy#2 0-29.03s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 hold toy#2 2.64-3.3s BEFORE child#0 hold toy#2 4.7-5.21s; child#0 hold toy#2 2.64-3.3s BEFORE child#0 hold toy#2 6.74-10.84s (+1 more)""");
        assertThat(o.result().steps().get(0).statements()).containsExactly(
                "LOCALIZE (x#0)-[hold]->(y#2) IN VIDEO '11566930393'");
    }

    @Test
    void questionWordsGroundInTheVideosOwnVocabulary() {
        VideoFacts facts = CotGenerator.on(store).facts("2793806282");
        io.cotasks.cot.nextqa.Grounder grounder = io.cotasks.cot.nextqa.Grounder.standard();
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("what did the lady in blue do when she reached the stairs", "entities [lady->adult] predicates [] modifiers [blue] unknown [reached, stairs]");
        cases.put("why did the men watch the dogs swimming", "entities [men->adult, dogs->dog] predicates [watch->watch] modifiers [] unknown [swimming]");
        cases.put("how many children are there", "entities [] predicates [] modifiers [] unknown [children]");
        Map<String, String> actual = new java.util.LinkedHashMap<>();
        cases.forEach((question, expected) -> {
            io.cotasks.cot.nextqa.Grounding g = grounder.ground(question, facts);
            actual.put(question, "entities " + g.entities() + " predicates " + g.predicates() + " modifiers "
                    + g.modifiers() + " unknown " + g.ungrounded());
        });
        assertThat(actual).containsExactlyEntriesOf(cases);
    }

    @Test
    void ungroundableQuestionsKeepAPlanOverTheWholeVideo() {
        NextQaCot.Outcome o = CotGenerator.on(store).explainNextQa(mc.get("11566930393_7"));
        assertThat(o.result().grounded()).isFalse();
        assertThat(o.plan().anchor()).isNull();
        assertThat(o.result().steps().get(0).text()).startsWith(
                "[1 Frame localization] NOT GROUNDED (no entity, no event, unknown: happening); whole video; focus 0-29.1s");
        assertThat(o.result().graphAnswer()).isNull();
        assertThat(TaskSamples.of(o.result())).isEmpty();
    }

    @Test
    void exportsAreTheGoldenJson() throws Exception {
        CotResult cot = CotGenerator.on(store).generate(mc.get("11566930393_3"));
        assertThat(JSON.writeValueAsString(LlavaExport.record(cot, "videos"))).isEqualTo(GOLDEN_LLAVA);
        assertThat(JSON.writeValueAsString(QwenExport.record(cot, "videos"))).isEqualTo(GOLDEN_QWEN);
    }

    @Test
    void everyExportParsesWithTheSchemaLlavaAndQwenLoad() throws Exception {
        CotGenerator generator = CotGenerator.on(store);
        NextQaBatch batch = NextQaBatch.run(generator, NextQaReader.read(MC).toQuestions(), q -> { });
        assertThat(batch.outcomes()).hasSize(18);
        for (NextQaCot.Outcome o : batch.outcomes()) {
            List<JsonNode> llava = new java.util.ArrayList<>();
            llava.add(JSON.readTree(JSON.writeValueAsString(LlavaExport.record(o.result(), ""))));
            TaskSamples.of(o.result()).forEach(t -> llava.add(JSON.valueToTree(LlavaExport.record(t, ""))));
            for (JsonNode r : llava) {
                LlavaSchema.check(r);
            }
            JsonNode qwen = JSON.readTree(QwenExport.record(o.result(), "").toString());
            QwenSchema.check(qwen);
        }
    }

    static final String GOLDEN_LLAVA = "{\"id\":\"nextqa-mc_11566930393_3\",\"video\":\"videos/11566930393.mp4\",\"conversations\":[{\"from\":\"human\",\"value\":\"<image>\\nReasoning steps from the scene graph:\\n[1 Frame localization] anchor child#0 hold toy#2; main clause -> child#0 hold toy#2 [subject toy~toy, verb play=hold] (+2 tied); focus 1.57-10.84s (CW: the main clause's event (3 tie: their union) and half a median event length before it) | 6.74-10.84s (f202-324); 2.64-3.3s (f79-98); 4.71-5.21s (f141-155)\\n[2 Entity tracking] child#0, toy#2 | child#0 1.57s [189,3,488,326]; child#0 4.64s [227,13,476,345]; child#0 7.74s [95,0,468,243]; child#0 10.81s [0,0,225,193]; toy#2 1.57s [325,41,639,280] (+3 more)\\n[3 Spatial relations] 16 relations in 1.57-10.84s | child#0 left_of toy#2 0-4.84s; toy#2 right_of child#0 0-4.84s; child#0 overlapping toy#2 0-5.24s; toy#2 overlapping child#0 0-5.24s; toy#2 in_front_of child#0 0-18.99s (+11 more)\\n[4 Temporal relations] Allen relations of the anchor child#0 hold toy#2 | child#0 watch toy#2 0-6.31s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 next_to toy#1 0-15.02s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 next_to toy#2 0-29.03s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 hold toy#2 2.64-3.3s BEFORE child#0 hold toy#2 4.7-5.21s; child#0 hold toy#2 2.64-3.3s BEFORE child#0 hold toy#2 6.74-10.84s (+1 more)\\nQuestion: why is the toy not ready to be played with after unwrapping it?\\nOptions:\\n(A) got stuck\\n(B) handle not installed\\n(C) hard to balance\\n(D) other hand occupied\\n(E) comfortable at home\\nAnswer with the option's letter from the given choices directly.\"},{\"from\":\"gpt\",\"value\":\"(B) handle not installed\"}]}";
    static final String GOLDEN_QWEN = "{\"id\":\"nextqa-mc_11566930393_3\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"video\",\"video\":\"videos/11566930393.mp4\"},{\"type\":\"text\",\"text\":\"Reasoning steps from the scene graph:\\n[1 Frame localization] anchor child#0 hold toy#2; main clause -> child#0 hold toy#2 [subject toy~toy, verb play=hold] (+2 tied); focus 1.57-10.84s (CW: the main clause's event (3 tie: their union) and half a median event length before it) | 6.74-10.84s (f202-324); 2.64-3.3s (f79-98); 4.71-5.21s (f141-155)\\n[2 Entity tracking] child#0, toy#2 | child#0 1.57s [189,3,488,326]; child#0 4.64s [227,13,476,345]; child#0 7.74s [95,0,468,243]; child#0 10.81s [0,0,225,193]; toy#2 1.57s [325,41,639,280] (+3 more)\\n[3 Spatial relations] 16 relations in 1.57-10.84s | child#0 left_of toy#2 0-4.84s; toy#2 right_of child#0 0-4.84s; child#0 overlapping toy#2 0-5.24s; toy#2 overlapping child#0 0-5.24s; toy#2 in_front_of child#0 0-18.99s (+11 more)\\n[4 Temporal relations] Allen relations of the anchor child#0 hold toy#2 | child#0 watch toy#2 0-6.31s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 next_to toy#1 0-15.02s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 next_to toy#2 0-29.03s CONTAINS child#0 hold toy#2 2.64-3.3s; child#0 hold toy#2 2.64-3.3s BEFORE child#0 hold toy#2 4.7-5.21s; child#0 hold toy#2 2.64-3.3s BEFORE child#0 hold toy#2 6.74-10.84s (+1 more)\\nQuestion: why is the toy not ready to be played with after unwrapping it?\\nOptions:\\n(A) got stuck\\n(B) handle not installed\\n(C) hard to balance\\n(D) other hand occupied\\n(E) comfortable at home\\nAnswer with the option's letter from the given choices directly.\"}]},{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"(B) handle not installed\"}]}]}";
}
