package io.cotasks.ingest.derive;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.VideoGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds derived relations to a video's graph: spatial relation events computed from boxes
 * (source = derived) and Allen relations between all events of the video. Shared by the annotation
 * adapters and the perception pipeline; see {@code docs/relations.md}.
 *
 * <p><b>Spatial events.</b> The <i>sampled sequence</i> of a graph is the ascending list of distinct frames
 * that carry at least one box: every frame for VidOR, the keyframes for STAR, the 2 fps samples for
 * detections. In every sampled frame, the {@link SpatialRelations} predicates are evaluated for every
 * ordered pair of entities that both have a box there. A predicate that holds for a pair on consecutive
 * frames <i>of the sampled sequence</i> becomes one event; the run breaks on a sampled frame where it does
 * not hold or where either entity has no box. The event spans {@code [first frame, next sampled frame)},
 * i.e. a sample holds until the next sample; after the last sampled frame it holds for one frame.
 *
 * <p><b>Temporal relations.</b> The canonical Allen relation ({@link TemporalRelation#between}) is computed
 * for every pair of events of the video. When there are more pairs than the per-video cap, the kept pairs
 * are chosen by, in order: pairs of two non-derived events first, then pairs with one, then pairs of two
 * derived events; within a class, the pairs closest in time (smallest gap between the intervals, 0 when
 * they overlap or touch) first; ties by the events' order (begin, end, uid). Distant pairs are the ones
 * dropped: their BEFORE relation is implied by the events' frames anyway.
 *
 * <p>{@code enrich} is idempotent: derived spatial events already in the graph are replaced, and the
 * graph's existing temporal relations are replaced by the recomputed ones.
 */
public final class RelationDerivation {

    /** The default per-video cap on stored Allen relations. */
    public static final int DEFAULT_TEMPORAL_CAP = 5_000;

    private RelationDerivation() {
    }

    /** The graph with derived spatial events and temporal relations added, with the default cap. */
    public static VideoGraph enrich(VideoGraph graph) {
        return enrich(graph, DEFAULT_TEMPORAL_CAP);
    }

    /** The graph with derived spatial events and at most {@code temporalCap} temporal relations. */
    public static VideoGraph enrich(VideoGraph graph, int temporalCap) {
        List<Event> events = new ArrayList<>();
        for (Event e : graph.events()) {
            if (!(e.source() == Source.DERIVED && e.kind() == PredicateKind.SPATIAL)) {
                events.add(e);
            }
        }
        events.addAll(spatialEvents(graph.video().id(), graph.boxes()));
        return graph.withEvents(events, temporalRelations(events, temporalCap));
    }

    /** Derived spatial events from boxes, merged over consecutive sampled frames (see the class doc). */
    public static List<Event> spatialEvents(String videoId, List<Box> boxes) {
        TreeMap<Integer, Map<Integer, Box>> byFrame = new TreeMap<>();
        for (Box b : boxes) {
            byFrame.computeIfAbsent(b.frame(), f -> new TreeMap<>()).putIfAbsent(b.trackId(), b);
        }
        int[] frames = byFrame.keySet().stream().mapToInt(Integer::intValue).toArray();
        FrameRuns<RunKey> runs = FrameRuns.over(frames);
        for (Map<Integer, Box> present : byFrame.values()) {
            List<RunKey> holding = new ArrayList<>();
            for (Box a : present.values()) {
                for (Box b : present.values()) {
                    if (a.trackId() != b.trackId()) {
                        for (String predicate : SpatialRelations.between(a, b)) {
                            holding.add(new RunKey(a.trackId(), predicate, b.trackId()));
                        }
                    }
                }
            }
            runs.next(holding);
        }
        List<Event> out = new ArrayList<>();
        for (FrameRuns.Run<RunKey> run : runs.runs()) {
            RunKey key = run.fact();
            out.add(new Event(videoId, key.predicate, PredicateKind.SPATIAL, key.subject, key.object,
                    run.begin(), run.end(), Source.DERIVED, 1.0, null));
        }
        out.sort(Comparator.comparingInt(Event::begin).thenComparingInt(Event::subjectTid)
                .thenComparing(Event::predicate).thenComparing(e -> e.objectTid()));
        return out;
    }

    /** Canonical Allen relations among {@code events}, at most {@code cap} of them (see the class doc). */
    public static List<TemporalRelation> temporalRelations(List<Event> events, int cap) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingInt(Event::begin).thenComparingInt(Event::end).thenComparing(Event::uid));
        Map<String, Event> unique = new LinkedHashMap<>();
        sorted.forEach(e -> unique.putIfAbsent(e.uid(), e));
        Event[] ev = unique.values().toArray(new Event[0]);
        long pairs = (long) ev.length * (ev.length - 1) / 2;
        List<TemporalRelation> out = new ArrayList<>((int) Math.min(pairs, cap));
        if (pairs <= cap) {
            for (int a = 0; a < ev.length; a++) {
                for (int b = a + 1; b < ev.length; b++) {
                    out.add(TemporalRelation.between(ev[a], ev[b]));
                }
            }
            return out;
        }
        for (long packed : PairSelection.closest(ev, cap)) {
            out.add(TemporalRelation.between(ev[(int) (packed >>> 32)], ev[(int) packed]));
        }
        return out;
    }

    private record RunKey(int subject, String predicate, int object) {
    }
}
