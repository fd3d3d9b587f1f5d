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

    @Test
    void placesAndOtherUsesOfTheWordsAreNotPartsOrConnectives() {
        QuestionAnalyser analyser = QuestionAnalyser.standard();
        assertThat(analyser.parse("what does the boy do at the end of the slide").part()).isNull();
        assertThat(analyser.parse("why is the girl dressed as a princess").connective()).isNull();
        assertThat(analyser.parse("what did the first man do finally").part()).isEqualTo(QuestionParse.Part.END);
    }
}
