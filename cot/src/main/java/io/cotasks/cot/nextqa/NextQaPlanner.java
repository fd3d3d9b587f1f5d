package io.cotasks.cot.nextqa;

import io.cotasks.cot.VideoFacts;
import io.cotasks.store.model.Question;

import java.util.Comparator;
import java.util.List;

/**
 * Plans a NExT-QA question by its type code: the anchor is the video event that best matches the grounded
 * words (predicate 2 points, subject and object category 1 point each, half a point for an annotation, a
 * quarter for an action or contact over a spatial relation, then longer, then earlier); the window is after it (TN), before it (TP), the anchor itself (TC, DL, DO, DB),
 * around and before it (CW, CH), or every event of the counted category (DC). Without an anchor the window
 * is the whole video and the plan is marked not grounded.
 */
public final class NextQaPlanner {

    /** Shortest look-after/look-before window, in seconds. */
    static final double MIN_WINDOW_SECONDS = 3.0;

    private final Grounder grounder;

    private NextQaPlanner(Grounder grounder) {
        this.grounder = grounder;
    }

    public static NextQaPlanner standard() {
        return new NextQaPlanner(Grounder.standard());
    }

    public NextQaPlan plan(Question question, VideoFacts facts) {
        Grounding g = grounder.ground(question.text(), facts);
        int last = Math.max(facts.frameCount(), 1);
        VideoFacts.Event anchor = anchor(g, facts.events());
        String type = question.type() == null ? "" : question.type();
        if ("DC".equals(type) && g.hasEntity()) {
            List<VideoFacts.Event> counted = facts.events().stream()
                    .filter(e -> g.categories().contains(e.subject().category())
                            || e.object() != null && g.categories().contains(e.object().category())).toList();
            if (!counted.isEmpty()) {
                int b = counted.stream().mapToInt(VideoFacts.Event::begin).min().orElse(0);
                int e = counted.stream().mapToInt(VideoFacts.Event::end).max().orElse(last);
                return new NextQaPlan(question, facts, g, anchor, b, e, "DC: every event of " + g.categories());
            }
        }
        if (anchor == null) {
            return new NextQaPlan(question, facts, g, null, 0, last, "not grounded: the whole video");
        }
        int min = (int) Math.round(MIN_WINDOW_SECONDS * (facts.fps() > 0 ? facts.fps() : 1));
        int span = Math.max(anchor.length(), min);
        int b;
        int e;
        String rule;
        switch (type) {
            case "TN" -> { b = anchor.end(); e = anchor.end() + span; rule = "TN: after the anchor"; }
            case "TP" -> { b = anchor.begin() - span; e = anchor.begin(); rule = "TP: before the anchor"; }
            case "CW", "CH" -> { b = anchor.begin() - span / 2; e = anchor.end(); rule = type + ": around and before the anchor"; }
            default -> { b = anchor.begin(); e = anchor.end(); rule = (type.isEmpty() ? "?" : type) + ": at the anchor"; }
        }
        b = Math.max(0, Math.min(b, last - 1));
        e = Math.max(b + 1, Math.min(e, last));
        return new NextQaPlan(question, facts, g, anchor, b, e, rule);
    }

    static VideoFacts.Event anchor(Grounding g, List<VideoFacts.Event> events) {
        List<String> preds = g.predicateNames();
        List<String> cats = g.categories();
        return events.stream()
                .filter(e -> score(e, preds, cats) >= 1)
                .max(Comparator.comparingDouble((VideoFacts.Event e) -> score(e, preds, cats))
                        .thenComparingInt(VideoFacts.Event::length)
                        .thenComparing(Comparator.comparingInt(VideoFacts.Event::begin).reversed()))
                .orElse(null);
    }

    static double score(VideoFacts.Event e, List<String> preds, List<String> cats) {
        double s = 0;
        if (preds.contains(e.predicate())) {
            s += 2;
        }
        if (cats.contains(e.subject().category())) {
            s += 1;
        }
        if (e.object() != null && cats.contains(e.object().category())) {
            s += 1;
        }
        if (s > 0 && "annotation".equals(e.source())) {
            s += 0.5;
        }
        if (s > 0 && !"spatial".equals(e.kind())) {
            s += 0.25; // "doing" questions are about actions more often than about where things are
        }
        return s;
    }
}
