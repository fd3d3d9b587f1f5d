package io.cotasks.ingest.derive;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spatial derivation {@link SpatialEvents} replaced (one fact map per sample through {@link FrameRuns},
 * no hysteresis, no minimum duration), kept as the reference for {@link SpatialEvents.Rule#PER_SAMPLE}.
 */
final class PerSampleSpatialEvents {

    private PerSampleSpatialEvents() {
    }

    static List<Event> of(String videoId, List<Box> boxes) {
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

    private record RunKey(int subject, String predicate, int object) {
    }
}
