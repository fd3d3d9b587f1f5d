package io.cotasks.cot.nextqa;

import io.cotasks.cot.CoTask;
import io.cotasks.cot.CotResult;
import io.cotasks.cot.CotStep;
import io.cotasks.cot.Dsl;
import io.cotasks.cot.VideoFacts;
import io.cotasks.cot.render.CotText;
import io.cotasks.cot.render.Evidence;
import io.cotasks.cot.render.StepDraft;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.StatementResult;
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

    private final QueryEngine engine;
    private final NextQaPlanner planner;

    private NextQaCot(QueryEngine engine, NextQaPlanner planner) {
        this.engine = engine;
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

    private String video(NextQaPlan p) {
        return Dsl.inVideo(p.facts().videoId());
    }

    private String window(NextQaPlan p) {
        return Dsl.frames(p.windowBegin(), Math.max(p.windowBegin(), p.windowEnd() - 1));
    }

    private String secs(NextQaPlan p, int begin, int end) {
        return Dsl.number(p.facts().seconds(begin)) + "-" + Dsl.number(p.facts().seconds(end)) + "s";
    }

    private StepDraft localize(NextQaPlan p) {
        VideoFacts.Event a = p.anchor();
        String marker = p.grounded() ? "" : "NOT GROUNDED (" + missing(p) + "); ";
        String statement = a == null
                ? "LOCALIZE ()-[*]->() " + video(p)
                : "LOCALIZE " + Dsl.node("x", null, a.subject().track()) + "-[" + Dsl.name(a.predicate()) + "]->"
                + Dsl.node("y", null, a.object().track()) + " " + video(p);
        StatementResult r = engine.run(statement);
        String summary = marker + (a == null ? "whole video" : "anchor " + a.describe()) + clauses(p)
                + "; focus " + secs(p, p.windowBegin(), p.windowEnd()) + " (" + p.rule() + ")";
        List<String> items = a == null ? List.of() : Evidence.spans(r);
        return new StepDraft(CoTask.FRAME_LOCALIZATION, List.of(statement), summary, items);
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
            String s = "TRACK " + Dsl.node("x", null, e.track()) + " " + video(p) + " " + window(p) + " SAMPLE " + SAMPLE;
            statements.add(s);
            items.addAll(Evidence.boxes(engine.run(s)));
        }
        String summary;
        if (who.isEmpty()) {
            String s = "ENTITIES " + video(p);
            statements.add(s);
            summary = "entities: " + engine.run(s).rows().size() + " tracks, none named by the question";
        } else {
            summary = String.join(", ", who.stream().map(VideoFacts.Entity::label).toList())
                    + (items.isEmpty() ? ": no boxes in the graph" : "");
        }
        if ("DC".equals(p.question().type()) && p.grounding().hasEntity()) {
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
        String nodes = who.isEmpty() ? "(*)" : String.join(", ", who.stream()
                .map(e -> Dsl.node(null, null, e.track())).toList());
        String statement = "SPATIAL " + nodes + " " + video(p) + " " + window(p);
        List<String> items = Evidence.relations(engine.run(statement), p.facts().fps());
        String summary = items.isEmpty() ? "no spatial relation in " + secs(p, p.windowBegin(), p.windowEnd())
                : items.size() + " relations in " + secs(p, p.windowBegin(), p.windowEnd());
        return new StepDraft(CoTask.SPATIAL_RELATIONS, List.of(statement), summary, items);
    }

    private StepDraft temporal(NextQaPlan p) {
        VideoFacts.Event a = p.anchor();
        if (a == null) {
            String statement = "TEMPORAL e = ()-[*]->() " + video(p) + " SOURCE annotation";
            List<String> items = Evidence.timeline(engine.run(statement), p.facts().fps());
            return new StepDraft(CoTask.TEMPORAL_RELATIONS, List.of(statement), "timeline of the video", items);
        }
        int begin = Math.min(a.begin(), p.windowBegin());
        int end = Math.max(a.end(), p.windowEnd());
        String statement = "TEMPORAL a = " + Dsl.node("x", null, a.subject().track()) + "-[" + Dsl.name(a.predicate())
                + "]->" + Dsl.node("y", null, a.object().track()) + ", b = (x)-[*]->() " + video(p) + " " + Dsl.frames(begin, Math.max(begin, end - 1)) + " SOURCE " + a.source();
        StatementResult r = engine.run(statement);
        // The engine relates every pair of matched events; the step keeps the anchor's relations.
        List<java.util.Map<String, Object>> rows = r.rows().stream().filter(row -> isAnchor(row, "a", a) || isAnchor(row, "b", a)).toList();
        List<String> items = Evidence.timeline(new StatementResult(r.statement(), r.columns(), rows, r.cypher(), r.parameters()),
                p.facts().fps());
        String summary = items.isEmpty() ? "no other event of " + a.subject().label() + " near the anchor"
                : "Allen relations of the anchor " + a.describe();
        return new StepDraft(CoTask.TEMPORAL_RELATIONS, List.of(statement), summary, items);
    }

    private static boolean isAnchor(java.util.Map<String, Object> row, String side, VideoFacts.Event a) {
        Object predicate = row.get(side + "Predicate");
        Object begin = row.get(side + "Begin");
        Object end = row.get(side + "End");
        return a.predicate().equals(predicate) && begin instanceof Number b && b.intValue() == a.begin()
                && end instanceof Number e && e.intValue() == a.end();
    }
}
