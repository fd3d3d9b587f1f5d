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
