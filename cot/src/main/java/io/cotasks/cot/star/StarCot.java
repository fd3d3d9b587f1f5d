package io.cotasks.cot.star;

import io.cotasks.cot.CoTask;
import io.cotasks.cot.CotResult;
import io.cotasks.cot.CotStep;
import io.cotasks.cot.Dsl;
import io.cotasks.cot.render.CotText;
import io.cotasks.cot.render.Evidence;
import io.cotasks.cot.render.StepDraft;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.StatementResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The CoT of a STAR question: its program run on the graph ({@link StarProgramRunner}), its operators
 * grouped into the four tasks (Situations: frame localization; object filters: entity tracking; relation
 * filters: spatial relations; actions and their order: temporal relations), each task with the boxes,
 * relations or timeline its statements returned.
 */
public final class StarCot {

    private final QueryEngine engine;

    private StarCot(QueryEngine engine) {
        this.engine = engine;
    }

    public static StarCot on(QueryEngine engine) {
        return new StarCot(engine);
    }

    /** A run with its CoT. */
    public record Outcome(StarRun run, CotResult result) {
    }

    public Outcome generate(StarQuestion q, int maxTokens) {
        StarRun run = StarProgramRunner.run(engine, q);
        String window = Dsl.inVideo(q.videoId()) + " " + Dsl.frames(q.firstKeyframe(), q.lastKeyframe());
        List<StepDraft> drafts = new ArrayList<>();
        drafts.add(localization(q, run));
        drafts.add(tracking(run, window));
        drafts.add(relations(run, window));
        drafts.add(temporal(run));
        List<CotStep> steps = CotText.fit(drafts, maxTokens);
        StarChoice answer = run.answer();
        boolean grounded = run.error() == null && !"None".equals(run.result());
        CotResult result = new CotResult(q.question(), steps, CotText.join(steps), grounded,
                answer == null ? null : answer.text());
        return new Outcome(run, result);
    }

    private List<StarStep> of(StarRun run, CoTask task) {
        return run.steps().stream().filter(s -> s.task() == task).toList();
    }

    private static List<String> statements(List<StarStep> steps) {
        return steps.stream().flatMap(s -> s.statements().stream()).distinct().toList();
    }

    private StepDraft localization(StarQuestion q, StarRun run) {
        List<StarStep> steps = of(run, CoTask.FRAME_LOCALIZATION);
        String summary = "situation keyframes f" + q.firstKeyframe() + "-" + q.lastKeyframe()
                + " (question " + Dsl.number(q.question().spans().get(0)[0]) + "-"
                + Dsl.number(q.question().spans().get(0)[1]) + "s)";
        List<String> items = steps.stream().map(StarStep::output).distinct().toList();
        return new StepDraft(CoTask.FRAME_LOCALIZATION, statements(steps), summary, items);
    }

    private StepDraft tracking(StarRun run, String window) {
        List<StarStep> steps = of(run, CoTask.ENTITY_TRACKING);
        List<String> statements = new ArrayList<>(statements(steps));
        String track = "TRACK (p:person) " + window + " SAMPLE 4";
        statements.add(track);
        List<String> items = new ArrayList<>();
        steps.forEach(s -> items.add(s.describe()));
        items.addAll(Evidence.boxes(engine.run(track)));
        return new StepDraft(CoTask.ENTITY_TRACKING, statements, "the person"
                + (steps.isEmpty() ? "" : " and " + String.join(", ", steps.stream()
                .flatMap(s -> s.arguments().stream()).toList())), items);
    }

    private StepDraft relations(StarRun run, String window) {
        List<StarStep> steps = of(run, CoTask.SPATIAL_RELATIONS);
        List<String> statements = new ArrayList<>(statements(steps));
        String spatial = "SPATIAL (p:person) " + window;
        statements.add(spatial);
        List<String> items = new ArrayList<>();
        steps.forEach(s -> items.add(s.describe()));
        StatementResult r = engine.run(spatial);
        items.addAll(Evidence.relations(r, 0));
        String summary = steps.isEmpty() ? "relations of the person in the situation"
                : "situations with " + String.join(", ", steps.stream().flatMap(s -> s.arguments().stream()).toList());
        return new StepDraft(CoTask.SPATIAL_RELATIONS, statements, summary, items);
    }

    private StepDraft temporal(StarRun run) {
        List<StarStep> steps = of(run, CoTask.TEMPORAL_RELATIONS);
        List<String> items = steps.stream().map(StarStep::describe).toList();
        String summary = "program result " + run.result();
        return new StepDraft(CoTask.TEMPORAL_RELATIONS, statements(steps), summary, items);
    }
}
