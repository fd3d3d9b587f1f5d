package io.cotasks.cot.star;

import java.util.List;

/**
 * The outcome of running one STAR question's program on the graph.
 *
 * @param question the question
 * @param steps    every module of the question's program in execution order
 * @param result   the question program's result as text ({@code None} when it left None)
 * @param verdicts per choice, the result of the question's program followed by the choice's check, as text
 *                 ({@code Correct}, {@code Wrong}, {@code error}, ...)
 * @param error    why the question could not be scored (the Python exception the reference executor would
 *                 raise, a video missing from the graph), or null
 * @param fps      the video's frame rate as the graph's keyframe times give it (0 when unknown)
 */
public record StarRun(StarQuestion question, List<StarStep> steps, String result, List<String> verdicts,
                      String error, double fps) {

    public StarRun {
        steps = List.copyOf(steps);
        verdicts = List.copyOf(verdicts);
    }

    /** Per choice, true when its check says Correct. */
    public List<Boolean> outcomes() {
        return verdicts.stream().map(StarLogic.CORRECT::equals).toList();
    }

    /** The indices of the choices the graph supports. */
    public List<Integer> supported() {
        List<Boolean> o = outcomes();
        return java.util.stream.IntStream.range(0, o.size()).filter(o::get).boxed().toList();
    }

    /** The single choice the graph supports, or null when it supports none or several (or the run failed). */
    public StarChoice answer() {
        List<Integer> s = supported();
        return error == null && s.size() == 1 ? question.choices().get(s.get(0)) : null;
    }

    /** True when the graph supports exactly the annotated choice. */
    public boolean correct() {
        StarChoice a = answer();
        return question.answered() && a != null && a.annotated();
    }

    /** Why this run is not correct, naming the step results; empty when it is. */
    public String explanation() {
        if (correct()) {
            return "";
        }
        if (error != null) {
            return "program failed: " + error;
        }
        if (!question.answered()) {
            return "the file has no answer for this question";
        }
        StarChoice annotated = question.choices().stream().filter(StarChoice::annotated).findFirst().orElse(null);
        String marked = annotated == null ? "none" : annotated.id() + " '" + annotated.text() + "'";
        List<Integer> s = supported();
        if (s.isEmpty()) {
            return "no choice's check holds on the result " + result + "; annotated answer: " + marked;
        }
        if (s.size() == 1) {
            return "the result " + result + " supports choice " + describe(s.get(0)) + ", not the annotated " + marked;
        }
        String which = String.join(" and ", s.stream().map(this::describe).toList());
        if (duplicateTexts(s)) {
            return "choices " + which + " have the same text and check program, and the result " + result
                    + " satisfies both; the annotation marks " + marked + ": no graph can tell them apart";
        }
        return "ambiguous: the result " + result + " satisfies choices " + which
                + " (the reference executor marks each Correct too); the annotation marks " + marked
                + ", which the situation graph does not single out";
    }

    private String describe(int index) {
        StarChoice c = question.choices().get(index);
        return c.id() + " '" + c.text() + "'";
    }

    private boolean duplicateTexts(List<Integer> ids) {
        return ids.stream().map(i -> question.choices().get(i).program()).distinct().count() < ids.size();
    }
}
