package io.cotasks.cot.eval;

import io.cotasks.store.model.Question;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The scripted VideoLLM behind {@link ScriptedChatServer}: finds the question in the prompt, tells the CoT run
 * by its header, and replies from a script. Directives: {@code !429 X} (429 with Retry-After: 1 once, then X),
 * {@code !drop X} (drop the connection once, then X), {@code !500x3 X} (three 500s, then X), {@code !raw}
 * (HTTP 200 with a body that is not JSON).
 */
final class ScriptedVideoLlm implements Function<ScriptedChatServer.Received, ScriptedChatServer.Reply> {

    private final Map<String, Question> byText = new HashMap<>();
    private final Map<String, String> replies = new HashMap<>();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    private ScriptedVideoLlm() {
    }

    /** Replies from {@code video,qid,baseline,cot} rows of a script file. */
    static ScriptedVideoLlm fromScript(List<Question> questions, Path script) throws IOException {
        ScriptedVideoLlm llm = new ScriptedVideoLlm();
        try (Reader in = Files.newBufferedReader(script)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Question q = questions.stream().filter(x -> x.videoId().equals(row.get("video"))
                        && x.qid().equals(row.get("qid"))).findFirst().orElseThrow();
                llm.add(q, row.get("baseline"), row.get("cot"));
            }
        }
        return llm;
    }

    /** Replies with the same text for every question in both runs. */
    static ScriptedVideoLlm always(List<Question> questions, String reply) {
        ScriptedVideoLlm llm = new ScriptedVideoLlm();
        questions.forEach(q -> llm.add(q, reply, reply));
        return llm;
    }

    /** Replies with a function of the question and run. */
    static ScriptedVideoLlm answering(List<Question> questions, java.util.function.BiFunction<Question, Run, String> f) {
        ScriptedVideoLlm llm = new ScriptedVideoLlm();
        questions.forEach(q -> llm.add(q, f.apply(q, Run.BASELINE), f.apply(q, Run.COT)));
        return llm;
    }

    private void add(Question q, String baseline, String cot) {
        byText.put(q.text(), q);
        replies.put(q.uid() + "|" + Run.BASELINE.id(), baseline);
        replies.put(q.uid() + "|" + Run.COT.id(), cot);
    }

    @Override
    public ScriptedChatServer.Reply apply(ScriptedChatServer.Received request) {
        String text = request.userText();
        Run run = text.startsWith(AnswerPrompts.COT_HEADER) ? Run.COT : Run.BASELINE;
        String question = text.substring(text.indexOf("Question: ") + 10, text.indexOf('\n', text.indexOf("Question: ")));
        String key = byText.get(question).uid() + "|" + run.id();
        int attempt = attempts.merge(key, 1, Integer::sum);
        String reply = replies.get(key);
        if (reply.startsWith("!429 ")) {
            return attempt == 1 ? new ScriptedChatServer.Reply.Status(429, "1") : answer(reply.substring(5));
        }
        if (reply.startsWith("!drop ")) {
            return attempt == 1 ? new ScriptedChatServer.Reply.Drop() : answer(reply.substring(6));
        }
        if (reply.startsWith("!500x3 ")) {
            return attempt <= 3 ? new ScriptedChatServer.Reply.Status(500, null) : answer(reply.substring(7));
        }
        if (reply.equals("!raw")) {
            return new ScriptedChatServer.Reply.Raw("<html><body>502 Bad Gateway</body></html>");
        }
        return answer(reply);
    }

    private static ScriptedChatServer.Reply answer(String text) {
        return new ScriptedChatServer.Reply.Answer(text);
    }
}
