package io.cotasks.cot.eval;

import io.cotasks.store.model.Question;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard video-QA correctness judge (Video-ChatGPT's prompt, also used by Video-LLaVA and the
 * CoTasks paper): a yes/no plus an integer score 0-5, replied as a Python-dict-like string.
 */
public final class Judge {

    static final String SYSTEM = """
            You are an intelligent chatbot designed for evaluating the correctness of generative outputs \
            for question-answer pairs. Your task is to compare the predicted answer with the correct answer \
            and determine if they match meaningfully. Here's how you can accomplish the task:
            ------
            ##INSTRUCTIONS:
            - Focus on the meaningful match between the predicted answer and the correct answer.
            - Consider synonyms or paraphrases as valid matches.
            - Evaluate the correctness of the prediction compared to the answer.""";

    private static final String USER = """
            Please evaluate the following video-based question-answer pair:

            Question: %s
            Correct Answer: %s
            Predicted Answer: %s

            Provide your evaluation only as a yes/no and score where the score is an integer value between \
            0 and 5, with 5 indicating the highest meaningful match. Please generate the response in the form \
            of a Python dictionary string with keys 'pred' and 'score', where value of 'pred' is a string of \
            'yes' or 'no' and value of 'score' is in INTEGER, not STRING. DO NOT PROVIDE ANY OTHER OUTPUT TEXT \
            OR EXPLANATION. Only provide the Python dictionary string. For example, your response should look \
            like this: {'pred': 'yes', 'score': 4}.""";

    private static final Pattern DICT = Pattern.compile("\\{[^{}]*}", Pattern.DOTALL);
    private static final Pattern PRED = Pattern.compile(
            "[\"']pred[\"']\\s*:\\s*[\"']?\\s*(yes|no)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCORE = Pattern.compile(
            "[\"']score[\"']\\s*:\\s*[\"']?\\s*(-?\\d+(?:\\.\\d+)?)", Pattern.CASE_INSENSITIVE);

    private Judge() {
    }

    /** The judge request for one prediction (text only: the judge does not see the video). */
    public static ChatPrompt prompt(Question question, String prediction) {
        return ChatPrompt.text(SYSTEM, USER.formatted(question.text().strip(), question.answer().strip(),
                prediction == null ? "" : prediction.strip()));
    }

    /**
     * The verdict in a judge reply: the first dict-like {@code {...}} with a yes/no {@code pred} and a 0-5
     * {@code score}; empty when the reply has none (a malformed judge reply).
     */
    public static Optional<JudgeVerdict> parse(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        Matcher dict = DICT.matcher(reply);
        while (dict.find()) {
            Matcher pred = PRED.matcher(dict.group());
            Matcher score = SCORE.matcher(dict.group());
            if (pred.find() && score.find()) {
                double value = Double.parseDouble(score.group(1));
                if (value < 0 || value > 5) {
                    return Optional.empty();
                }
                return Optional.of(new JudgeVerdict(pred.group(1).toLowerCase(Locale.ROOT).equals("yes"), value));
            }
        }
        return Optional.empty();
    }
}
