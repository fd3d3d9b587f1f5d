package io.cotasks.cot.star;

import io.cotasks.cot.CoTask;
import io.cotasks.query.QueryEngine;
import io.cotasks.store.star.StarClasses;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a STAR question's functional program on the scene graph the way STAR's {@code run_program.py} does:
 * for each choice, the question's program followed by the choice's check program as one program
 * ({@link StarExecutor}), on the question's situations read from the graph ({@link StarGraphSituations}).
 * The question's program alone gives the steps and the result shown in traces and CoTs.
 */
public final class StarProgramRunner {

    private final StarGraphSituations.Cache cache;
    private final StarExecutor executor;

    private StarProgramRunner(StarGraphSituations.Cache cache) {
        this.cache = cache;
        this.executor = StarExecutor.of(cache.classes());
    }

    /** A runner reading the graph through {@code engine}, each video once, with the shipped vocabularies. */
    public static StarProgramRunner on(QueryEngine engine) {
        return on(engine, StarClasses.shipped());
    }

    /** A runner reading the graph through {@code engine}, each video once (not thread-safe). */
    public static StarProgramRunner on(QueryEngine engine, StarClasses classes) {
        return new StarProgramRunner(new StarGraphSituations.Cache(engine, classes));
    }

    /** Runs one question with a fresh runner. */
    public static StarRun run(QueryEngine engine, StarQuestion question) {
        return on(engine).run(question);
    }

    /** Runs the question's program and every choice's check on it. */
    public StarRun run(StarQuestion question) {
        StarGraphSituations frames = StarGraphSituations.of(cache, question);
        StarGraphSituations.VideoFrames video = frames.video();
        if (!video.present()) {
            return new StarRun(question, List.of(), "None", List.of(), "video " + question.videoId()
                    + " is not in the graph: ingest the question file first (cotasks ingest --source star FILE)", 0);
        }
        Situations situations = new Situations(frames.keys(), frames);
        List<String> program = question.question().program();
        StarExecutor.Result alone = executor.run(program, situations);
        List<StarStep> steps = steps(alone, video.statements());
        if (alone.error() != null) {
            return new StarRun(question, steps, "None", List.of(), alone.error(), video.fps());
        }
        List<String> verdicts = new ArrayList<>();
        String error = null;
        for (StarChoice choice : question.choices()) {
            List<String> full = new ArrayList<>(program);
            full.addAll(choice.program());
            StarExecutor.Result r = executor.run(full, situations);
            if (r.error() != null && error == null) {
                error = "choice " + choice.id() + " check " + String.join(" ", choice.program()) + ": " + r.error();
            }
            verdicts.add(r.error() != null ? r.error() : StarValues.show(r.value(), cache.classes()));
        }
        return new StarRun(question, steps, StarValues.show(alone.top(), cache.classes()), verdicts, error, video.fps());
    }

    private List<StarStep> steps(StarExecutor.Result result, List<String> statements) {
        List<StarStep> out = new ArrayList<>();
        boolean first = true;
        for (StarExecutor.Step s : result.steps()) {
            List<String> literals = new ArrayList<>();
            s.arguments().stream().filter(a -> a instanceof String).forEach(a -> literals.add((String) a));
            boolean reads = s.module().equals("Situations");
            String output = s.output() == null && s == result.steps().get(result.steps().size() - 1) && result.error() != null
                    ? "raised " + result.error() : StarValues.show(s.output(), cache.classes());
            out.add(new StarStep(s.module(), literals, output, task(s.module()), reads && first ? statements : List.of()));
            first &= !reads;
        }
        return out;
    }

    private static CoTask task(String module) {
        return switch (module) {
            case "Situations" -> CoTask.FRAME_LOCALIZATION;
            case "Filter_Situations_with_Obj", "Objs", "Filter_Objs_by_Verb" -> CoTask.ENTITY_TRACKING;
            case "Filter_Situations_with_Rel", "Rels" -> CoTask.SPATIAL_RELATIONS;
            default -> CoTask.TEMPORAL_RELATIONS;
        };
    }
}
