package io.cotasks.cot.grounding;

import io.cotasks.cot.VideoFacts;
import io.cotasks.cot.nextqa.NextQaPlan;
import io.cotasks.datasets.nextqa.GqaSpans;
import io.cotasks.store.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Reference predictions that put the planner's grounding figures in context, all on the same questions: those
 * with answer spans whose video has at least one event. The lines marked {@code *} choose with hindsight (they
 * read the answer spans; best IoU and best IoP taken separately) among the video's events, or among its events and
 * the hulls of each two of them, and so bound what choosing among the graph's events can reach. The "moved" lines
 * make the same hindsight choice among copies of the video's events moved to random places (length kept), which
 * measures how much of that bound comes from choosing with hindsight among several spans rather than from the
 * events' true times.
 */
public final class GroundingBaselines {

    /** Draws of random event places averaged in the last line. */
    static final int DRAWS = 10;

    /** One reference prediction and its figures. */
    public record Line(String label, GroundingScore score) {
    }

    private GroundingBaselines() {
    }

    /** The reference lines, the planner's own figures first; {@code seed} fixes the random places. */
    public static List<Line> of(GqaSpans truth, List<NextQaPlan> plans, long seed) {
        List<Case> cases = new ArrayList<>();
        for (NextQaPlan p : plans) {
            List<Span> spans = truth.of(p.question().videoId(), p.question().qid());
            if (!spans.isEmpty() && !p.facts().events().isEmpty()) {
                cases.add(new Case(spans, p));
            }
        }
        Random random = new Random(seed);
        return List.of(
                line("the planner", cases, c -> List.of(c.score(c.plan.moment()))),
                line("whole video", cases, c -> List.of(c.score(new double[]{0, c.seconds(c.frames())}))),
                line("random event", cases, c -> c.scores(c.plan.facts().events(), false)),
                line("best event*", cases, c -> List.of(best(c.scores(c.plan.facts().events(), false)))),
                line("best 1-2 events*", cases, c -> List.of(best(c.scores(c.plan.facts().events(), true)))),
                line("best moved*", cases, c -> draws(c, random, false)),
                line("best moved 1-2*", cases, c -> draws(c, random, true)));
    }

    /** The hindsight figures of {@link #DRAWS} random placements of the video's events. */
    private static List<double[]> draws(Case c, Random random, boolean pairs) {
        List<double[]> out = new ArrayList<>();
        for (int d = 0; d < DRAWS; d++) {
            out.add(best(c.scores(moved(c, random), pairs)));
        }
        return out;
    }

    /** Averages each question's alternatives (an expectation over equally likely predictions). */
    private static Line line(String label, List<Case> cases, Function<Case, List<double[]>> alternatives) {
        Tally t = new Tally();
        for (Case c : cases) {
            List<double[]> a = alternatives.apply(c);
            for (double[] s : a) {
                t.add(s, 1.0 / a.size());
            }
        }
        return new Line(label, t.score(cases.size()));
    }

    /** The best IoU and, separately, the best IoP of the alternatives: an upper bound on each figure. */
    private static double[] best(List<double[]> scores) {
        double[] b = {0, 0};
        for (double[] s : scores) {
            b[0] = Math.max(b[0], s[0]);
            b[1] = Math.max(b[1], s[1]);
        }
        return b;
    }

    /** The video's events, each moved (length kept) to a begin drawn uniformly from the frames it fits in. */
    private static List<VideoFacts.Event> moved(Case c, Random random) {
        List<VideoFacts.Event> out = new ArrayList<>();
        for (VideoFacts.Event e : c.plan.facts().events()) {
            int room = Math.max(0, c.frames() - e.length());
            int begin = random.nextInt(room + 1);
            out.add(new VideoFacts.Event(e.predicate(), e.kind(), e.source(), e.subject(), e.object(), begin,
                    begin + e.length()));
        }
        return out;
    }

    /** A scored question; {@code frames} is the video's length, at least up to its last event's end. */
    private record Case(List<Span> truth, NextQaPlan plan, int frames) {

        Case(List<Span> truth, NextQaPlan plan) {
            this(truth, plan, Math.max(plan.facts().frameCount(),
                    plan.facts().events().stream().mapToInt(VideoFacts.Event::end).max().orElse(0)));
        }

        double seconds(int frame) {
            return plan.facts().seconds(frame);
        }

        double[] score(double[] prediction) {
            return GroundingMetrics.best(truth, prediction);
        }

        /** Each event's figures and, with {@code pairs}, those of the hull of each two events. */
        List<double[]> scores(List<VideoFacts.Event> events, boolean pairs) {
            List<double[]> out = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                VideoFacts.Event a = events.get(i);
                out.add(score(new double[]{seconds(a.begin()), seconds(a.end())}));
                for (int j = i + 1; pairs && j < events.size(); j++) {
                    VideoFacts.Event b = events.get(j);
                    out.add(score(new double[]{seconds(Math.min(a.begin(), b.begin())), seconds(Math.max(a.end(), b.end()))}));
                }
            }
            return out;
        }
    }

    /** Weighted sums of the six figures. */
    private static final class Tally {
        private double iou;
        private double iop;
        private double iop3;
        private double iop5;
        private double iou3;
        private double iou5;

        void add(double[] s, double w) {
            iou += w * s[0];
            iop += w * s[1];
            iop3 += s[1] >= 0.3 ? w : 0;
            iop5 += s[1] >= 0.5 ? w : 0;
            iou3 += s[0] >= 0.3 ? w : 0;
            iou5 += s[0] >= 0.5 ? w : 0;
        }

        GroundingScore score(int n) {
            double pct = n == 0 ? 0 : 100.0 / n;
            return new GroundingScore(n, iop * pct, iop3 * pct, iop5 * pct, iou * pct, iou3 * pct, iou5 * pct);
        }
    }
}
