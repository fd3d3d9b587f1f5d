package io.cotasks.ingest.derive;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Jitter is bounded by {@link SpatialEvents.Rule#DEFAULT}: hysteresis on the thresholds (a holding
 * predicate keeps holding under looser ones) and a minimum duration of 0.5 s, so a video with E entities
 * and S samples has at most {@code 3 E (E - 1) S / minSamples} derived spatial events.
 *
 * <p><b>Temporal relations.</b> The canonical Allen relation ({@link TemporalRelation#between}) is computed
 * for every pair of events of the video. When there are more pairs than the per-video cap, the kept pairs
 * are chosen by (a sweep over the events sorted by time, see {@link PairSelection}), in order: pairs of two non-derived events first, then pairs with one, then pairs of two
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
        events.addAll(spatialEvents(graph.video(), graph.boxes()));
        return graph.withEvents(events, temporalRelations(events, temporalCap));
    }

    /** Derived spatial events from boxes, merged over consecutive samples (see the class doc). */
    public static List<Event> spatialEvents(Video video, List<Box> boxes) {
        return SpatialEvents.of(video, boxes, SpatialEvents.Rule.DEFAULT);
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

}
