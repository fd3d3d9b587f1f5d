package io.cotasks.cot.eval;

import io.cotasks.store.model.Question;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks the model every question twice (baseline and CoT, same sampling), judges open-ended answers, and
 * appends every reply to the {@link ResultLog} as it arrives. Items the log already finished are skipped,
 * so a re-run resumes; failures and malformed replies are recorded, never thrown.
 */
public final class NextQaEvaluation {

    /**
     * What to evaluate and with what.
     *
     * @param questions   the questions
     * @param runs        the runs to make (baseline, CoT or both)
     * @param cot         the CoT text for the CoT run (may be null when {@code runs} has no CoT)
     * @param video       how each video reaches the model
     * @param model       the model under test
     * @param judge       the judge, or null for none (open-ended answers then get WUPS only); multiple-choice
     *                    answers are judged by the text of the chosen option
     * @param concurrency requests in flight at most
     */
    public record Config(List<Question> questions, List<Run> runs, CotSource cot, VideoInputs video,
                         ChatClient model, ChatClient judge, int concurrency) {
        public Config {
            questions = List.copyOf(questions);
            runs = List.copyOf(runs);
            Objects.requireNonNull(video, "video");
            Objects.requireNonNull(model, "model");
            if (runs.contains(Run.COT) && cot == null) {
                throw new IllegalArgumentException("the CoT run needs a CoT source");
            }
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
            }
        }
    }

    /** Requests this invocation made (resumed items make none). */
    public record Progress(int items, int skipped, int answersAsked, int verdictsAsked) {
    }

    /** Called once per finished item, from worker threads. */
    @FunctionalInterface
    public interface Listener {
        void itemDone();
    }

    private final Config config;
    private final ResultLog log;
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger answersAsked = new AtomicInteger();
    private final AtomicInteger verdictsAsked = new AtomicInteger();

    private NextQaEvaluation(Config config, ResultLog log) {
        this.config = config;
        this.log = log;
    }

    public static NextQaEvaluation create(Config config, ResultLog log) {
        return new NextQaEvaluation(config, log);
    }

    /** Runs every unfinished item; throws {@link EndpointException} when an endpoint refuses all requests. */
    public Progress run(Listener listener) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency(), daemonThreads());
        ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(pool);
        int items = 0;
        try {
            for (Question question : config.questions()) {
                for (Run run : config.runs()) {
                    done.submit(() -> {
                        evaluate(question, run);
                        return null;
                    });
                    items++;
                }
            }
            for (int i = 0; i < items; i++) {
                Future<Void> finished = done.take();
                try {
                    finished.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                listener.itemDone();
            }
        } finally {
            // stop the others (an endpoint refused us, or we were interrupted) before the caller closes the log
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        return new Progress(items, skipped.get(), answersAsked.get(), verdictsAsked.get());
    }

    private void evaluate(Question question, Run run) {
        ResultLog.Key key = new ResultLog.Key(question.uid(), run);
        ResultLine answer = log.answer(key).filter(ResultLine::finished).orElse(null);
        boolean needsVerdict = config.judge() != null;
        if (answer != null && (!needsVerdict || !answer.ok()
                || log.verdict(key).filter(ResultLine::finished).isPresent())) {
            skipped.incrementAndGet();
            return;
        }
        if (answer == null) {
            answer = ask(question, run);
            log.append(answer);
        }
        if (needsVerdict && answer.ok() && log.verdict(key).filter(ResultLine::finished).isEmpty()) {
            log.append(judge(question, run, predictionText(question, answer)));
        }
    }

    private ResultLine ask(Question question, Run run) {
        String cot = null;
        ChatPrompt prompt;
        try {
            cot = run == Run.COT ? Objects.requireNonNullElse(config.cot().cotText(question), "") : null;
            prompt = new ChatPrompt(null, AnswerPrompts.user(question, cot), config.video().forVideo(question.videoId()));
        } catch (Exception e) {
            String stage = run == Run.COT && cot == null ? "cot" : "video";
            return line(ResultLine.ANSWER, question, run, ResultLine.FAILED, null, null, null, cot,
                    stage + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
        }
        answersAsked.incrementAndGet();
        ChatOutcome outcome = config.model().complete(prompt);
        if (!outcome.ok()) {
            return line(ResultLine.ANSWER, question, run, outcome.status() == ChatOutcome.Status.MALFORMED
                    ? ResultLine.MALFORMED : ResultLine.FAILED, outcome.content(), null, null, cot,
                    outcome.detail(), outcome.attempts());
        }
        String reply = outcome.content();
        if (question.choices().isEmpty()) {
            boolean empty = reply.isBlank();
            return line(ResultLine.ANSWER, question, run, empty ? ResultLine.MALFORMED : ResultLine.OK, reply,
                    null, null, cot, empty ? "empty answer" : null, outcome.attempts());
        }
        OptionalInt choice = ChoiceParser.parse(reply, question.choices());
        if (choice.isEmpty()) {
            return line(ResultLine.ANSWER, question, run, ResultLine.MALFORMED, reply, null, false, cot,
                    "no option found in the reply", outcome.attempts());
        }
        return line(ResultLine.ANSWER, question, run, ResultLine.OK, reply, choice.getAsInt(),
                choice.getAsInt() == question.answerIndex(), cot, null, outcome.attempts());
    }

    /** What the judge compares with the correct answer: the chosen option's text for multiple choice. */
    private static String predictionText(Question question, ResultLine answer) {
        return answer.choice() != null ? question.choices().get(answer.choice()) : answer.reply();
    }

    private ResultLine judge(Question question, Run run, String prediction) {
        verdictsAsked.incrementAndGet();
        ChatOutcome outcome = config.judge().complete(Judge.prompt(question, prediction));
        if (!outcome.ok()) {
            String status = outcome.status() == ChatOutcome.Status.MALFORMED ? ResultLine.MALFORMED : ResultLine.FAILED;
            return verdictLine(question, run, status, outcome.content(), null, outcome.detail(), outcome.attempts());
        }
        return Judge.parse(outcome.content())
                .map(v -> verdictLine(question, run, ResultLine.OK, outcome.content(), v, null, outcome.attempts()))
                .orElseGet(() -> verdictLine(question, run, ResultLine.MALFORMED, outcome.content(), null,
                        "no {'pred': yes|no, 'score': 0-5} in the judge reply", outcome.attempts()));
    }

    private static ResultLine verdictLine(Question q, Run run, String status, String reply, JudgeVerdict verdict,
                                          String detail, int attempts) {
        return new ResultLine(ResultLine.JUDGE, q.uid(), run.id(), q.type(), status, reply, null, null, null,
                verdict == null ? null : verdict.yes(), verdict == null ? null : verdict.score(), detail, attempts);
    }

    private static ResultLine line(String kind, Question q, Run run, String status, String reply, Integer choice,
                                   Boolean correct, String cot, String detail, int attempts) {
        return new ResultLine(kind, q.uid(), run.id(), q.type(), status, reply, choice, correct, cot, null, null,
                detail, attempts);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "eval-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The items of a configuration, for progress totals. */
    public static int itemCount(Config config) {
        return config.questions().size() * config.runs().size();
    }
}
