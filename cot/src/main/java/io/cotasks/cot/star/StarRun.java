package io.cotasks.cot.star;

import java.util.List;

/**
 * The outcome of running one STAR question's program on the graph.
 *
 * @param question the question
 * @param steps    every operator in execution order
 * @param result   the program's result as text
 * @param outcomes per choice, true when its check program says Correct on the result
 * @param error    why the program could not run (an unknown operator, an empty stack), or null
 * @param fps      the video's frame rate as the graph's keyframe times give it (0 when unknown)
 */
public record StarRun(StarQuestion question, List<StarStep> steps, String result, List<Boolean> outcomes,
                      String error, double fps) {

    public StarRun {
        steps = List.copyOf(steps);
        outcomes = List.copyOf(outcomes);
    }

    /** The indices of the choices the graph supports. */
    public List<Integer> supported() {
        return java.util.stream.IntStream.range(0, outcomes.size()).filter(outcomes::get).boxed().toList();
    }

    /** The single choice the graph supports, or null when it supports none or several. */
    public StarChoice answer() {
        List<Integer> s = supported();
        return s.size() == 1 ? question.choices().get(s.get(0)) : null;
    }

    /** True when the graph supports exactly the annotated choice. */
    public boolean correct() {
        StarChoice a = answer();
        return a != null && a.annotated();
    }

    /** Why this run is not correct, naming the step results; empty when it is. */
    public String explanation() {
        if (correct()) {
            return "";
        }
        if (error != null) {
            return "program failed: " + error;
        }
        if (!steps.isEmpty() && steps.get(0).output().equals("no keyframes")) {
            return "the graph has no keyframe of video " + question.videoId() + " in frames " + question.firstKeyframe()
                    + ".." + question.lastKeyframe() + ": ingest the question file first (cotasks ingest --source star FILE)";
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
