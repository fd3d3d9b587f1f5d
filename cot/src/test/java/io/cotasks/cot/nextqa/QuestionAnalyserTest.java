package io.cotasks.cot.nextqa;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyser on real NExT-QA / NExT-GQA val questions (texts as in the CSVs). */
class QuestionAnalyserTest {

    @Test
    void questionsSplitIntoAskedPartMainClauseTemporalClauseAndPart() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("what did the lady in pink do after the boy looked at her at the end of the video",
                "asked what; main subject lady[pink], verb -, object -; after: subject boy, verb look, object -; part end");
        cases.put("why did the man in white hold tightly to the boy in white",
                "asked why; main subject man[white], verb hold, object boy[white]");
        cases.put("what does the white dog do after going to the cushion",
                "asked what; main subject dog[white], verb -, object -; after: subject dog[white], verb go, object cushion");
        cases.put("what did the man in grey do before the plane took off",
                "asked what; main subject man[grey], verb -, object -; before: subject plane, verb take, object -");
        cases.put("what was the man in grey doing as he was holding the plane",
                "asked what; main subject man[grey], verb -, object -; as: subject man[grey], verb hold, object plane");
        cases.put("how does the baby feel while lying in the crib",
                "asked how; main subject baby, verb -, object -; while: subject baby, verb lie, object crib");
        cases.put("why is the baby trying to reach his hand out in the middle of the video",
                "asked why; main subject baby, verb reach, object hand; part middle");
        cases.put("is the man on guitar proficient in playing it", "asked yes_no; main subject man, verb play, object -");
        cases.put("where could this be happening", "not parsed");
        Map<String, String> actual = new LinkedHashMap<>();
        QuestionAnalyser analyser = QuestionAnalyser.standard();
        cases.keySet().forEach(q -> actual.put(q, analyser.parse(q).describe()));
        assertThat(actual).containsExactlyEntriesOf(cases);
    }

    /**
     * The tagger (trained on cased, punctuated text) reads the verb after an inverted subject as a noun, and the
     * bare possessive "s" as a verb; the grammar of the question and WordNet's corpus counts correct it.
     */
    @Test
    void theVerbAfterAnInvertedSubjectIsTheVerbWhateverTheTaggerSaid() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("why did the baby reach out", "asked why; main subject baby, verb reach, object -");
        cases.put("why did the woman kneel on the grass patch at the end of the video",
                "asked why; main subject woman, verb kneel, object patch[grass]; part end");
        cases.put("why is the kid yawning", "asked why; main subject kid, verb yawn, object -");
        cases.put("why does the fencer on the right clench his fist at the end",
                "asked why; main subject fencer[right], verb clench, object fist; part end");
        cases.put("why did the baby touch the man s face after touching his own ears",
                "asked why; main subject baby, verb touch, object man; after: subject baby, verb touch, object ear[own]");
        // a word inside a noun phrase is not the verb ("dress"), nor is a word after a generic "do" ("hands")
        cases.put("why does the child in the multicolored dress picking up sand",
                "asked why; main subject child, verb pick, object sand");
        cases.put("what does the baby do with his right hands after turning at the end",
                "asked what; main subject baby, verb -, object -; after: subject baby, verb turn, object -; part end");
        cases.put("why did the police officer stop the car", "asked why; main subject officer[police], verb stop, object car");
        Map<String, String> actual = new LinkedHashMap<>();
        cases.keySet().forEach(q -> actual.put(q, QuestionAnalyser.standard().parse(q).describe()));
        assertThat(actual).containsExactlyEntriesOf(cases);
    }

    /** "after the ball" has no clause: "after" is then a preposition; "after the dance" names an event. */
    @Test
    void aConnectiveWithoutAVerbAfterItIsAPreposition() {
        QuestionAnalyser analyser = QuestionAnalyser.standard();
        assertThat(analyser.parse("why does the child run after the ball").connective()).isNull();
        assertThat(analyser.parse("what did the children do after their presentation").connective()).isNull();
        assertThat(analyser.parse("how does the man in black feel after the dance").connective()).isEqualTo("after");
        assertThat(analyser.parse("how does the baby react after the adult point at the banana").describe())
                .isEqualTo("asked how; main subject baby, verb -, object -; after: subject adult, verb point, object banana");
    }

    @Test
    void placesAndOtherUsesOfTheWordsAreNotPartsOrConnectives() {
        QuestionAnalyser analyser = QuestionAnalyser.standard();
        assertThat(analyser.parse("what does the boy do at the end of the slide").part()).isNull();
        assertThat(analyser.parse("why is the girl dressed as a princess").connective()).isNull();
        assertThat(analyser.parse("what did the first man do finally").part()).isEqualTo(QuestionParse.Part.END);
    }
}
