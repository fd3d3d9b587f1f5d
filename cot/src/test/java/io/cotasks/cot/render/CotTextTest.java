package io.cotasks.cot.render;

import io.cotasks.cot.CoTask;
import io.cotasks.cot.CotStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CotTextTest {

    private static List<StepDraft> drafts() {
        return List.of(
                new StepDraft(CoTask.FRAME_LOCALIZATION, List.of("LOCALIZE"), "anchor adult#1 watch dog#3",
                        List.of("21.5-28s (f644-839)", "30-31s (f899-929)")),
                new StepDraft(CoTask.ENTITY_TRACKING, List.of("TRACK"), "adult#1, dog#3",
                        List.of("adult#1 21.5s [1,2,3,4]", "adult#1 23s [1,2,3,4]", "dog#3 21.5s [5,6,7,8]")),
                new StepDraft(CoTask.SPATIAL_RELATIONS, List.of("SPATIAL"), "1 relations", List.of("adult#1 next_to dog#3 21.5-24s")),
                new StepDraft(CoTask.TEMPORAL_RELATIONS, List.of("TEMPORAL"), "timeline", List.of()));
    }

    @Test
    void countsWordsNumbersAndPunctuation() {
        assertThat(CotText.tokens("adult#1 21.5s [1,2]")).isEqualTo(12);
        assertThat(CotText.tokens("")).isZero();
    }

    /** The rule's own statement as a pattern: the scan must count exactly what it finds. */
    private static int patternTokens(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]+|[0-9]+|[^\\sA-Za-z0-9]").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void countsWhatTheRulesPatternFinds() throws Exception {
        List<String> texts = new java.util.ArrayList<>(List.of("", " ", "a", "7", "#", "\t\n\u000B\f\r x",
                "\u00a0\u2026\u00e9t\u00e9 caf\u00e9", "\ud83d\ude00 emoji\ud83d\ude00", "\ud83d lone \ude00 surrogates",
                "x1y22z333", "0-9.91s (f0-296)", "adult#2 behind adult#1; ", "\u0000\u001f\u007f"));
        texts.addAll(java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                CotTextTest.class.getResource("/golden/nextqa/grounding_steps.txt").toURI())));
        java.util.Random random = new java.util.Random(12);
        String alphabet = "aZ09 \t\n#.,;|-[]()\u2026\u00e9\ud83d\ude00\u000B";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            assertThat(CotText.tokens(text)).as(text).isEqualTo(patternTokens(text));
        }
    }

    @Test
    void keepsEverythingUnderALargeBudget() {
        List<CotStep> steps = CotText.fit(drafts(), 512);
        assertThat(CotText.join(steps)).isEqualTo("""
                [1 Frame localization] anchor adult#1 watch dog#3 | 21.5-28s (f644-839); 30-31s (f899-929)
                [2 Entity tracking] adult#1, dog#3 | adult#1 21.5s [1,2,3,4]; adult#1 23s [1,2,3,4]; dog#3 21.5s [5,6,7,8]
                [3 Spatial relations] 1 relations | adult#1 next_to dog#3 21.5-24s
                [4 Temporal relations] timeline""");
        assertThat(steps).extracting(CotStep::task).containsExactly(CoTask.values());
    }

    @Test
    void dropsEvidenceFromTheFullestStepFirstAndSaysHowMuch() {
        String all = CotText.join(CotText.fit(drafts(), 512));
        int budget = CotText.tokens(all) - 10;
        String text = CotText.join(CotText.fit(drafts(), budget));
        assertThat(CotText.tokens(text)).isLessThanOrEqualTo(budget);
        assertThat(text).contains("[2 Entity tracking] adult#1, dog#3 | adult#1 21.5s [1,2,3,4]; adult#1 23s [1,2,3,4] (+1 more)");
        assertThat(text).contains("21.5-28s (f644-839); 30-31s (f899-929)");
    }

    @Test
    void dropsTheNotesThenCutsSummariesWhenNoEvidenceIsLeft() {
        assertThat(CotText.join(CotText.fit(drafts(), 40))).isEqualTo("""
                [1 Frame localization] anchor adult#1 watch dog#3
                [2 Entity tracking] adult#1, dog#3
                [3 Spatial relations] 1 relations
                [4 Temporal relations] timeline""");
        String cut = CotText.join(CotText.fit(drafts(), 32));
        assertThat(CotText.tokens(cut)).isLessThanOrEqualTo(32);
        assertThat(cut).isEqualTo("""
                [1 Frame localization] anchor \u2026
                [2 Entity tracking] adult#1, \u2026
                [3 Spatial relations] 1 \u2026
                [4 Temporal relations] timeline""");
    }

    @Test
    void staysUnderEveryBudgetAndUsesMostOfIt() {
        int full = CotText.tokens(CotText.join(CotText.fit(drafts(), 10_000)));
        for (int budget = 32; budget <= full; budget++) {
            int used = CotText.tokens(CotText.join(CotText.fit(drafts(), budget)));
            assertThat(used).as("budget %d", budget).isLessThanOrEqualTo(budget);
        }
        assertThat(CotText.tokens(CotText.join(CotText.fit(drafts(), full)))).isEqualTo(full);
    }
}
