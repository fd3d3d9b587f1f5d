package io.cotasks.cot.nextqa;

import io.cotasks.datasets.nextqa.NextQaType;
import io.cotasks.cot.VideoFacts;
import io.cotasks.store.model.Question;

import java.util.Comparator;
import java.util.List;

/**
 * The bag-of-words plan, for questions the analyser does not parse and for counting questions (DC): the
 * anchor is the event that best matches the grounded words (predicate 2 points, subject and object category 1
 * each, half a point for an annotation, a quarter for an action or contact over a spatial relation, then
 * longer, then earlier); the moment is the anchor widened by a quarter of its length on each side and to at
 * least 8 s (what the planner did before questions were parsed), or every event of the counted category (DC).
 * Without an anchor: the whole video.
 */
final class WordsPlanner {

    /** Share of the window's length added on each side of the predicted moment. */
    static final double MOMENT_MARGIN = 0.25;
    /** Shortest predicted moment, in seconds. */
    static final double MOMENT_MIN_SECONDS = 8;

    private WordsPlanner() {
    }

    static NextQaPlan plan(Question question, VideoFacts facts, Grounding g, QuestionParse parse) {
        int last = Math.max(facts.frameCount(), 1);
        VideoFacts.Event anchor = anchor(g, facts.events());
        String type = question.type() == null ? "" : question.type();
        String how = parse.parsed() ? "" : "not parsed, by words: ";
        if (NextQaType.DC.is(type) && g.hasEntity()) {
            List<VideoFacts.Event> counted = facts.events().stream()
                    .filter(e -> g.categories().contains(e.subject().category())
                            || e.object() != null && g.categories().contains(e.object().category())).toList();
            if (!counted.isEmpty()) {
                int b = counted.stream().mapToInt(VideoFacts.Event::begin).min().orElse(0);
                int e = counted.stream().mapToInt(VideoFacts.Event::end).max().orElse(last);
                return new NextQaPlan(question, facts, g, parse, List.of(), List.of(), anchor, b, e,
                        "DC: every event of " + g.categories(), NextQaPlan.MomentSource.WORDS);
            }
        }
        if (anchor == null) {
            return new NextQaPlan(question, facts, g, parse, List.of(), List.of(), null, 0, last,
                    how + "not grounded: the whole video", NextQaPlan.MomentSource.WORDS);
        }
        String rule = (type.isEmpty() ? "?" : type) + ": around the anchor";
        int[] widened = widen(facts, anchor);
        int b = Math.max(0, Math.min(widened[0], last - 1));
        int e = Math.max(b + 1, Math.min(widened[1], last));
        return new NextQaPlan(question, facts, g, parse, List.of(), List.of(), anchor, b, e, how + rule, NextQaPlan.MomentSource.WORDS);
    }

    /** The anchor's frames widened by a quarter of its length on each side and to at least 8 s. */
    private static int[] widen(VideoFacts facts, VideoFacts.Event anchor) {
        double fps = facts.fps() > 0 ? facts.fps() : 1;
        double length = Math.max(anchor.length(), MOMENT_MIN_SECONDS * fps);
        double pad = Math.max(MOMENT_MARGIN * length, (MOMENT_MIN_SECONDS * fps - anchor.length()) / 2);
        return new int[]{(int) Math.floor(anchor.begin() - pad), (int) Math.ceil(anchor.end() + pad)};
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
