package io.cotasks.cot.star;

import io.cotasks.cot.CoTask;
import io.cotasks.cot.CotResult;
import io.cotasks.cot.CotStep;
import io.cotasks.cot.Dsl;
import io.cotasks.cot.Rows;
import io.cotasks.cot.render.CotText;
import io.cotasks.cot.render.Evidence;
import io.cotasks.cot.render.StepDraft;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.StatementResult;
import io.cotasks.store.star.StarClasses;

import java.util.ArrayList;
import java.util.List;

/**
 * The CoT of a STAR question: its program run on the graph ({@link StarProgramRunner}), its operators
 * grouped into the four tasks (Situations: frame localization; object filters: entity tracking; relation
 * filters: spatial relations; actions and their order: temporal relations), each task with the boxes,
 * relations or timeline its statements returned.
 */
public final class StarCot {

    /** Boxes kept per tracked entity. */
    static final int SAMPLE = 4;

    private final QueryEngine engine;
    private final StarProgramRunner runner;

    private StarCot(QueryEngine engine) {
        this.engine = engine;
        this.runner = StarProgramRunner.on(engine);
    }

    public static StarCot on(QueryEngine engine) {
        return new StarCot(engine);
    }

    /** A run with its CoT. */
    public record Outcome(StarRun run, CotResult result) {
    }

    public Outcome generate(StarQuestion q, int maxTokens) {
        StarRun run = runner.run(q);
        String window = Dsl.inVideo(q.videoId()) + " " + Dsl.frames(q.firstKeyframe(), q.lastKeyframe());
        List<StepDraft> drafts = new ArrayList<>();
        drafts.add(localization(q, run));
        double fps = run.fps();
        drafts.add(tracking(run, window, fps));
        drafts.add(relations(run, window, fps));
        drafts.add(temporal(run, window, fps));
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
                + " (question " + Dsl.number(q.question().spans().get(0).begin()) + "-"
                + Dsl.number(q.question().spans().get(0).end()) + "s)";
        List<String> items = steps.stream().map(StarStep::output).distinct().toList();
        return new StepDraft(CoTask.FRAME_LOCALIZATION, statements(steps), summary, items);
    }

    private StepDraft tracking(StarRun run, String window, double fps) {
        List<StarStep> steps = of(run, CoTask.ENTITY_TRACKING);
        List<String> statements = new ArrayList<>(statements(steps));
        List<String> items = new ArrayList<>();
        steps.forEach(s -> items.add(s.describe()));
        List<String> who = new ArrayList<>(List.of("person"));
        who.addAll(objectsNamed(run));
        for (String category : who.subList(0, Math.min(who.size(), 3))) {
            String track = "TRACK " + Dsl.node("x", category, null) + " " + window + " SAMPLE " + SAMPLE;
            statements.add(track);
            items.addAll(Evidence.boxes(engine.run(track)));
        }
        return new StepDraft(CoTask.ENTITY_TRACKING, statements, String.join(", ", who), items);
    }

    /** Object classes the program's actions and filters name, in order of appearance. */
    private static List<String> objectsNamed(StarRun run) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (StarStep s : run.steps()) {
            if (s.operator().equals("Filter_Actions_with_Obj") || s.operator().equals("Filter_Situations_with_Obj")) {
                out.addAll(s.arguments());
            }
        }
        QuestionSituation own = run.question().situation();
        List<String> actionObjects = own == null ? List.of() : own.actionIds().stream()
                .map(a -> StarClasses.shipped().actionObjects().get(a)).filter(java.util.Objects::nonNull).toList();
        for (String obj : actionObjects) {
            if (run.result().contains(obj)) {
                out.add(obj);
            }
        }
        out.remove("person");
        return new ArrayList<>(out);
    }

    private StepDraft relations(StarRun run, String window, double fps) {
        List<StarStep> steps = of(run, CoTask.SPATIAL_RELATIONS);
        List<String> statements = new ArrayList<>(statements(steps));
        List<String> items = new ArrayList<>();
        steps.forEach(s -> items.add(s.describe()));
        String contact = "EVENTS r = (p:person)-[*:contact]->(o) " + window + " SOURCE annotation"
                + " RETURN r.predicate, o.category, r.begin, r.end";
        statements.add(contact);
        StatementResult c = engine.run(contact);
        for (var row : c.rows()) {
            items.add("person " + Rows.at(c, row, 0) + " " + Rows.at(c, row, 1) + " "
                    + Evidence.span(Rows.at(c, row, 2), Rows.at(c, row, 3), fps));
        }
        String spatial = "SPATIAL (p:person) " + window + " SOURCE annotation";
        statements.add(spatial);
        items.addAll(Evidence.relations(engine.run(spatial), fps));
        String summary = steps.isEmpty() ? "annotated relations of the person in the situation"
                : "situations with " + String.join(", ", steps.stream().flatMap(s -> s.arguments().stream()).toList());
        return new StepDraft(CoTask.SPATIAL_RELATIONS, statements, summary, items);
    }

    private StepDraft temporal(StarRun run, String window, double fps) {
        List<StarStep> steps = of(run, CoTask.TEMPORAL_RELATIONS);
        List<String> statements = new ArrayList<>(statements(steps));
        List<String> items = new ArrayList<>(steps.stream().map(StarStep::describe).toList());
        String timeline = "TEMPORAL a = (p:person)-[*:action]->() " + window;
        statements.add(timeline);
        items.addAll(Evidence.timeline(engine.run(timeline), fps));
        return new StepDraft(CoTask.TEMPORAL_RELATIONS, statements, "program result " + run.result(), items);
    }
}
