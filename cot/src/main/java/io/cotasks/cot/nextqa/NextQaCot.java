package io.cotasks.cot.nextqa;

import io.cotasks.datasets.nextqa.NextQaType;
import io.cotasks.cot.CoTask;
import io.cotasks.cot.CotResult;
import io.cotasks.cot.CotStep;
import io.cotasks.cot.VideoFacts;
import io.cotasks.cot.render.CotText;
import io.cotasks.cot.render.Evidence;
import io.cotasks.cot.render.StepDraft;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.result.EntityRef;
import io.cotasks.query.result.EventRef;
import io.cotasks.query.result.Result;
import io.cotasks.query.result.Span;
import io.cotasks.query.result.SpatialRelation;
import io.cotasks.query.result.TemporalPair;
import io.cotasks.query.result.TrackBox;
import io.cotasks.query.statement.Operator;
import io.cotasks.query.statement.Patterns;
import io.cotasks.query.statement.Statements;
import io.cotasks.store.model.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the four CoT steps of a NExT-QA question from its {@link NextQaPlan}: each step runs its DSL
 * statements (LOCALIZE, TRACK, SPATIAL, TEMPORAL) on the video and cites their rows as evidence.
 */
public final class NextQaCot {

    /** Boxes kept per tracked entity (the K of "boxes sampled to at most K frames"). */
    public static final int SAMPLE = 4;

    private final VideoStatements runner;
    private final NextQaPlanner planner;

    private NextQaCot(QueryEngine engine, NextQaPlanner planner) {
        this.runner = VideoStatements.on(engine);
        this.planner = planner;
    }

    public static NextQaCot on(QueryEngine engine) {
        return new NextQaCot(engine, NextQaPlanner.standard());
    }

    /** The plan and the steps for one question of a video whose facts are known. */
    public Outcome generate(Question question, VideoFacts facts, int maxTokens) {
        NextQaPlan plan = planner.plan(question, facts);
        List<StepDraft> drafts = List.of(localize(plan), track(plan), spatial(plan), temporal(plan));
        List<CotStep> steps = CotText.fit(drafts, maxTokens);
        String answer = NextQaAnswer.choose(plan);
        CotResult result = new CotResult(question, steps, CotText.join(steps), plan.grounded(), answer);
        return new Outcome(plan, result);
    }

    /** A plan with its CoT. */
    public record Outcome(NextQaPlan plan, CotResult result) {
    }

    /** The statement in the question's video and focus window. */
    private static <R> Operator<R> inWindow(Operator<R> operator, NextQaPlan p) {
        return operator.inVideo(p.facts().videoId()).frames(p.windowBegin(), Math.max(p.windowBegin(), p.windowEnd() - 1));
    }

    private String secs(NextQaPlan p, int begin, int end) {
        return Evidence.secs(p.facts().seconds(begin), p.facts().seconds(end));
    }

    /** {@code (x#1)-[watch]->(y#2)}: the anchor event's pattern, its subject named x and its object y. */
    private static Binding anchorPattern(String variable, VideoFacts.Event a) {
        return Patterns.event(variable, Patterns.track("x", a.subject().track()), Patterns.predicate(a.predicate()),
                Patterns.track("y", a.object().track()));
    }

    private StepDraft localize(NextQaPlan p) {
        VideoFacts.Event a = p.anchor();
        String marker = p.grounded() ? "" : "NOT GROUNDED (" + missing(p) + "); ";
        Binding pattern = a == null ? Patterns.event(null, Patterns.any(), Patterns.anyPredicate(), Patterns.any())
                : anchorPattern(null, a);
        Result<Span> r = runner.run(p.facts().videoId(), Statements.localize(pattern).inVideo(p.facts().videoId()));
        String summary = marker + (a == null ? "whole video" : "anchor " + a.describe()) + clauses(p)
                + "; focus " + secs(p, p.windowBegin(), p.windowEnd()) + " (" + p.rule() + ")";
        List<String> items = a == null ? List.of() : Evidence.spans(r.rows());
        return new StepDraft(CoTask.FRAME_LOCALIZATION, List.of(r.statement()), summary, items);
    }

    /** Which clause matched which event and why: {@code ; main clause -> adult#0 hold child#1 [subject man=adult]}. */
    private static String clauses(NextQaPlan p) {
        StringBuilder b = new StringBuilder();
        if (!p.mainMatches().isEmpty()) {
            b.append("; main clause -> ").append(matched(p.mainMatches()));
        }
        if (!p.temporalMatches().isEmpty()) {
            b.append("; '").append(p.parse().connective()).append("' clause -> ").append(matched(p.temporalMatches()));
        }
        return b.toString();
    }

    private static String matched(List<ClauseMatcher.Scored> scored) {
        ClauseMatcher.Scored s = scored.get(0);
        return s.event().describe() + " [" + String.join(", ", s.reasons()) + "]"
                + (scored.size() > 1 ? " (+" + (scored.size() - 1) + " tied)" : "");
    }

    private String missing(NextQaPlan p) {
        List<String> parts = new ArrayList<>();
        if (!p.grounding().hasEntity()) {
            parts.add("no entity");
        }
        if (p.anchor() == null) {
            parts.add("no event");
        }
        if (!p.grounding().ungrounded().isEmpty()) {
            parts.add("unknown: " + String.join(" ", p.grounding().ungrounded()));
        }
        return String.join(", ", parts);
    }

    private StepDraft track(NextQaPlan p) {
        List<String> statements = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<VideoFacts.Entity> who = focusEntities(p);
        for (VideoFacts.Entity e : who) {
            Result<TrackBox> boxes = runner.run(p.facts().videoId(), inWindow(Statements.track(Patterns.track("x", e.track()), SAMPLE), p));
            statements.add(boxes.statement());
            items.addAll(Evidence.boxes(boxes.rows()));
        }
        String summary;
        if (who.isEmpty()) {
            Result<EntityRef> all = runner.run(p.facts().videoId(), Statements.entities().inVideo(p.facts().videoId()));
            statements.add(all.statement());
            summary = "entities: " + all.rows().size() + " tracks, none named by the question";
        } else {
            summary = String.join(", ", who.stream().map(VideoFacts.Entity::label).toList())
                    + (items.isEmpty() ? ": no boxes in the graph" : "");
        }
        if (NextQaType.DC.is(p.question().type()) && p.grounding().hasEntity()) {
            long n = p.facts().entities().stream().filter(e -> p.grounding().categories().contains(e.category())).count();
            summary = "count " + String.join("|", p.grounding().categories()) + " = " + n + "; " + summary;
        }
        return new StepDraft(CoTask.ENTITY_TRACKING, statements, summary, items);
    }

    private List<VideoFacts.Entity> focusEntities(NextQaPlan p) {
        List<VideoFacts.Entity> out = new ArrayList<>();
        if (p.anchor() != null) {
            out.add(p.anchor().subject());
            if (p.anchor().object() != null && !p.anchor().object().equals(p.anchor().subject())) {
                out.add(p.anchor().object());
            }
        } else {
            p.facts().entities().stream().filter(e -> p.grounding().categories().contains(e.category()))
                    .limit(2).forEach(out::add);
        }
        return out;
    }

    private StepDraft spatial(NextQaPlan p) {
        List<VideoFacts.Entity> who = focusEntities(p);
        NodePattern[] nodes = who.isEmpty() ? new NodePattern[] {Patterns.any()}
                : who.stream().map(e -> Patterns.track(null, e.track())).toArray(NodePattern[]::new);
        Result<SpatialRelation> r = runner.run(p.facts().videoId(), inWindow(Statements.spatial(nodes), p));
        List<String> items = Evidence.relations(r.rows(), p.facts().fps());
        String summary = items.isEmpty() ? "no spatial relation in " + secs(p, p.windowBegin(), p.windowEnd())
                : items.size() + " relations in " + secs(p, p.windowBegin(), p.windowEnd());
        return new StepDraft(CoTask.SPATIAL_RELATIONS, List.of(r.statement()), summary, items);
    }

    private StepDraft temporal(NextQaPlan p) {
        VideoFacts.Event a = p.anchor();
        if (a == null) {
            Result<TemporalPair> r = runner.run(p.facts().videoId(), Statements.temporal(Patterns.event("e", Patterns.any(),
                    Patterns.anyPredicate(), Patterns.any())).inVideo(p.facts().videoId()).source("annotation"));
            List<String> items = Evidence.timeline(r.rows(), p.facts().fps());
            return new StepDraft(CoTask.TEMPORAL_RELATIONS, List.of(r.statement()), "timeline of the video", items);
        }
        int begin = Math.min(a.begin(), p.windowBegin());
        int end = Math.max(a.end(), p.windowEnd());
        Binding others = Patterns.event("b", Patterns.node("x"), Patterns.anyPredicate(), Patterns.any());
        Result<TemporalPair> r = runner.run(p.facts().videoId(), Statements.temporal(anchorPattern("a", a), others)
                .inVideo(p.facts().videoId()).frames(begin, Math.max(begin, end - 1)).source(a.source()));
        // The engine relates every pair of matched events; the step keeps the anchor's relations.
        List<TemporalPair> pairs = r.rows().stream().filter(pair -> isAnchor(pair.a(), a) || isAnchor(pair.b(), a)).toList();
        List<String> items = Evidence.timeline(pairs, p.facts().fps());
        String summary = items.isEmpty() ? "no other event of " + a.subject().label() + " near the anchor"
                : "Allen relations of the anchor " + a.describe();
        return new StepDraft(CoTask.TEMPORAL_RELATIONS, List.of(r.statement()), summary, items);
    }

    private static boolean isAnchor(EventRef event, VideoFacts.Event a) {
        return a.predicate().equals(event.predicate()) && event.begin() == a.begin() && event.end() == a.end();
    }
}
