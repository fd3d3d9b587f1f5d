package io.cotasks.cot.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WupsTest {

    private static Wups wups;

    @BeforeAll
    static void loadWordNet() {
        wups = Wups.load();
    }

    @Test
    void wuPalmerMatchesNltkOnWordNet30() throws Exception {
        // NLTK 3.x on WordNet 3.0: dog.n.01 ~ cat.n.01 = 0.857..., man.n.01 ~ woman.n.01 = 0.666...
        assertThat(wups.wup("dog", "cat", 0.0)).isCloseTo(6.0 / 7.0, within(1e-9));
        assertThat(wups.wup("man", "woman", 0.0)).isCloseTo(2.0 / 3.0, within(1e-9));
        assertThat(wups.wup("dog", "dog", 0.9)).isEqualTo(1.0);
        assertThat(wups.wup("qwzx", "dog", 0.0)).isEqualTo(0.0);
    }

    @Test
    void verbsShareASimulatedRootAsInNltk() throws Exception {
        // NLTK's WordNet how-to: hit.v.01 ~ slap.v.01 = 0.25
        WordNet wordNet = WordNet.load();
        assertThat(wordNet.wupSimilarity(wordNet.firstSense(net.sf.extjwnl.data.POS.VERB, "hit"),
                wordNet.firstSense(net.sf.extjwnl.data.POS.VERB, "slap"))).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void downWeightsSimilaritiesBelowTheThresholdByATenth() throws Exception {
        assertThat(wups.wup("dog", "cat", 0.9)).isCloseTo(0.1 * 6.0 / 7.0, within(1e-9));
        assertThat(wups.score("CW", "dog", "cat", 0.0)).isCloseTo(6.0 / 7.0, within(1e-9));
        assertThat(wups.score("CW", "dog", "cat", 0.9)).isCloseTo(0.1 * 6.0 / 7.0, within(1e-9));
    }

    @Test
    void preprocessesLikeNextOe() {
        assertThat(wups.preprocess("The boy is swimming in the pools")).containsExactly("boy", "swim", "pool");
        assertThat(wups.preprocess("sit on stairs")).containsExactly("sit", "stair");
        assertThat(wups.preprocess("no")).containsExactly("no");
    }

    @Test
    void scoresPhrasesAsTheMinimumOfBothDirections() {
        assertThat(wups.score("TC", "sitting on the stairs", "sit on stairs", 0.0)).isEqualTo(1.0);
        assertThat(wups.score("TC", "qwzx", "sit on stairs", 0.0)).isEqualTo(0.0);
        // "stair" matches exactly, "dog" vs "sit" is a noun-verb pair: the product stays below 1
        assertThat(wups.score("TC", "dog stairs", "sit on stairs", 0.0)).isBetween(0.0, 1.0);
    }

    @Test
    void countAndYesNoQuestionsNeedAnExactMatch() {
        assertThat(wups.score("DC", "one", "one", 0.0)).isEqualTo(1.0);
        assertThat(wups.score("DC", "two", "one", 0.0)).isEqualTo(0.0);
        assertThat(wups.score("DB", "No.", "no", 0.9)).isEqualTo(1.0);
        assertThat(wups.score("DB", "yes", "no", 0.0)).isEqualTo(0.0);
    }
}
