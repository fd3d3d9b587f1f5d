package io.cotasks.cot.generator;

import io.cotasks.cot.CotResult;
import io.cotasks.cot.CotStep;
import io.cotasks.cot.export.Prompt;
import io.cotasks.cot.star.StarQuestion;
import io.cotasks.store.model.Question;

/**
 * Printable text for one question: the four steps with the DSL statements behind each, the prompt a
 * VideoLLM would get, and the answer the graph supports next to the annotated one. The demo prints this.
 */
public final class CotReport {

    private CotReport() {
    }

    /** The report of a NExT-QA (or STAR without its file) question. */
    public static String of(CotGenerator generator, Question question) {
        return render(generator.generate(question));
    }

    /** The report of a STAR question read from its file. */
    public static String of(CotGenerator generator, StarQuestion question) {
        return render(generator.generate(question));
    }

    /** The report of a CoT already generated. */
    public static String render(CotResult cot) {
        Question q = cot.question();
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(q.dataset()).append(" video ").append(q.videoId()).append(" question ")
                .append(q.qid()).append(" (").append(q.type()).append(")")
                .append(cot.grounded() ? "" : " [not grounded]").append('\n');
        sb.append(q.text().strip()).append('\n');
        for (CotStep step : cot.steps()) {
            sb.append('\n').append(step.text()).append('\n');
            for (String s : step.statements()) {
                sb.append("    ctq> ").append(s).append('\n');
            }
        }
        sb.append("\n-- prompt --\n").append(Prompt.human(cot)).append('\n');
        sb.append("\n-- answer --\n");
        sb.append("graph supports: ").append(cot.graphAnswer() == null ? "no single choice" : cot.graphAnswer()).append('\n');
        sb.append("annotated:      ").append(Prompt.answer(q)).append('\n');
        return sb.toString();
    }
}
