package io.cotasks.cot.star;

import io.cotasks.cot.CoTask;
import io.cotasks.cot.CotResult;
import io.cotasks.cot.CotStep;
import io.cotasks.cot.render.CotText;
import io.cotasks.cot.render.Evidence;
import io.cotasks.cot.render.StepDraft;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.result.EventRow;
import io.cotasks.query.result.Result;
import io.cotasks.query.result.SpatialRelation;
import io.cotasks.query.result.TemporalPair;
import io.cotasks.query.result.TrackBox;
import io.cotasks.query.statement.EventField;
import io.cotasks.query.statement.Operator;
import io.cotasks.query.statement.Patterns;
import io.cotasks.query.statement.Statements;
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

    /** {@code (p:person)}: STAR's actor. */
    private static final NodePattern PERSON = Patterns.category("p", "person");
    private static final String ANNOTATION = "annotation";

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
        Window window = new Window(q.videoId(), q.firstKeyframe(), q.lastKeyframe());
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

    /** The question's video and keyframes, which every statement of its CoT looks at. */
    private record Window(String videoId, int first, int last) {
        <R> Operator<R> of(Operator<R> operator) {
            return operator.inVideo(videoId).frames(first, last);
        }
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
                + " (question " + Evidence.secs(q.question().spans().get(0).begin(), q.question().spans().get(0).end()) + ")";
        List<String> items = steps.stream().map(StarStep::output).distinct().toList();
        return new StepDraft(CoTask.FRAME_LOCALIZATION, statements(steps), summary, items);
    }

    private StepDraft tracking(StarRun run, Window window, double fps) {
        List<StarStep> steps = of(run, CoTask.ENTITY_TRACKING);
        List<String> statements = new ArrayList<>(statements(steps));
        List<String> items = new ArrayList<>();
        steps.forEach(s -> items.add(s.describe()));
        List<String> who = new ArrayList<>(List.of("person"));
        who.addAll(objectsNamed(run));
        for (String category : who.subList(0, Math.min(who.size(), 3))) {
            Result<TrackBox> boxes = engine.run(window.of(Statements.track(Patterns.category("x", category), SAMPLE)));
            statements.add(boxes.statement());
            items.addAll(Evidence.boxes(boxes.rows()));
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

    private StepDraft relations(StarRun run, Window window, double fps) {
        List<StarStep> steps = of(run, CoTask.SPATIAL_RELATIONS);
        List<String> statements = new ArrayList<>(statements(steps));
        List<String> items = new ArrayList<>();
        steps.forEach(s -> items.add(s.describe()));
        Result<EventRow> contact = engine.run(window.of(Statements.events(Patterns.event("r", PERSON,
                Patterns.kind("contact"), Patterns.node("o")), EventField.PREDICATE, EventField.OBJECT_CATEGORY,
                EventField.BEGIN, EventField.END)).source(ANNOTATION));
        statements.add(contact.statement());
        for (EventRow row : contact.rows()) {
            items.add("person " + row.predicate() + " " + row.objectCategory() + " "
                    + Evidence.span(row.begin(), row.end(), fps));
        }
        Result<SpatialRelation> spatial = engine.run(window.of(Statements.spatial(PERSON)).source(ANNOTATION));
        statements.add(spatial.statement());
        items.addAll(Evidence.relations(spatial.rows(), fps));
        String summary = steps.isEmpty() ? "annotated relations of the person in the situation"
                : "situations with " + String.join(", ", steps.stream().flatMap(s -> s.arguments().stream()).toList());
        return new StepDraft(CoTask.SPATIAL_RELATIONS, statements, summary, items);
    }

    private StepDraft temporal(StarRun run, Window window, double fps) {
        List<StarStep> steps = of(run, CoTask.TEMPORAL_RELATIONS);
        List<String> statements = new ArrayList<>(statements(steps));
        List<String> items = new ArrayList<>(steps.stream().map(StarStep::describe).toList());
        Result<TemporalPair> timeline = engine.run(window.of(Statements.temporal(Patterns.event("a", PERSON,
                Patterns.kind("action"), Patterns.any()))));
        statements.add(timeline.statement());
        items.addAll(Evidence.timeline(timeline.rows(), fps));
        return new StepDraft(CoTask.TEMPORAL_RELATIONS, statements, "program result " + run.result(), items);
    }
}
