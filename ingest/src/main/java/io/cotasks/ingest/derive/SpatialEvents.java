package io.cotasks.ingest.derive;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.Video;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Derived spatial events of one video: the {@link SpatialRelations} predicates of every ordered pair of
 * entities with a box on the same sampled frame, merged over consecutive samples into runs, in one pass
 * over the samples (time and memory linear in samples x present pairs; no map per fact).
 *
 * <p>The {@link Rule} bounds the events a jittering box can make: with hysteresis a predicate that holds
 * keeps holding under looser thresholds, and a run shorter than the minimum duration is dropped. Each
 * kept event then lasts at least {@code minSamples} samples and at most 3 predicates of a pair hold at
 * once (one of left/right, one of above/below, one of inside/containing/overlapping/near), so a video with
 * E entities and S samples has at most {@code 3 E (E - 1) S / minSamples} derived spatial events.
 */
public final class SpatialEvents {

    /**
     * How samples become events.
     *
     * @param hysteresis keep a holding predicate under the looser keep-thresholds of {@link SpatialRelations}
     * @param minSeconds drop runs shorter than this much video (see {@link #minSamples})
     */
    public record Rule(boolean hysteresis, double minSeconds) {

        /** The rule {@link RelationDerivation} uses: hysteresis and at least 0.5 s. */
        public static final Rule DEFAULT = new Rule(true, 0.5);
        /** Every sample on its own thresholds, every run kept (the rule before hysteresis). */
        public static final Rule PER_SAMPLE = new Rule(false, 0);

        /**
         * The fewest consecutive samples a run needs: {@code ceil(minSeconds x fps / step)} with the median
         * step between samples, at least 1. VidOR at 30 fps (every frame sampled): 15 samples; 2 fps
         * detections and keyframes at least 0.5 s apart: 1.
         */
        public int minSamples(double fps, int[] frames) {
            if (minSeconds <= 0 || fps <= 0 || frames.length < 2) {
                return 1;
            }
            int[] steps = new int[frames.length - 1];
            for (int i = 1; i < frames.length; i++) {
                steps[i - 1] = frames[i] - frames[i - 1];
            }
            Arrays.sort(steps);
            int median = steps[steps.length / 2];
            return Math.max(1, (int) Math.ceil(minSeconds * fps / median - 1e-9));
        }
    }

    private static final int PREDICATES = SpatialRelations.PREDICATES.size();

    private final String videoId;
    private final int[] frames;
    private final int tracks;
    private final int minSamples;
    private final int[] trackIds;
    /** Predicates holding per ordered pair (i * tracks + j) on the last sample where both had a box. */
    private final int[] held;
    /** Sample index where the open run of (pair, predicate) began. */
    private final int[] since;
    private final int[] lastSeen;
    /** Pairs with a predicate holding on the previous sample. */
    private int[] open = new int[0];
    private int openCount;
    private final List<Event> out = new ArrayList<>();

    private SpatialEvents(String videoId, int[] frames, int[] trackIds, int minSamples) {
        this.videoId = videoId;
        this.frames = frames;
        this.trackIds = trackIds;
        this.tracks = trackIds.length;
        this.minSamples = minSamples;
        held = new int[tracks * tracks];
        since = new int[tracks * tracks * PREDICATES];
        lastSeen = new int[tracks * tracks];
        Arrays.fill(lastSeen, -1);
    }

    /** The derived spatial events of {@code boxes} under {@code rule}, ordered by begin, subject, predicate, object. */
    public static List<Event> of(Video video, List<Box> boxes, Rule rule) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingInt(Box::frame).thenComparingInt(Box::trackId));
        int[] frames = sorted.stream().mapToInt(Box::frame).distinct().toArray();
        int[] trackIds = sorted.stream().mapToInt(Box::trackId).distinct().sorted().toArray();
        SpatialEvents s = new SpatialEvents(video.id(), frames, trackIds, rule.minSamples(video.fps(), frames));
        Box[] boxOf = new Box[trackIds.length];
        int[] present = new int[trackIds.length];
        int i = 0;
        for (int sample = 0; sample < frames.length; sample++) {
            int count = 0;
            for (; i < sorted.size() && sorted.get(i).frame() == frames[sample]; i++) {
                Box b = sorted.get(i);
                int t = Arrays.binarySearch(trackIds, b.trackId());
                if (count == 0 || present[count - 1] != t) {
                    present[count++] = t;
                    boxOf[t] = b;
                }
            }
            s.sample(sample, present, count, boxOf, rule.hysteresis());
        }
        s.closeAll();
        s.out.sort(Comparator.comparingInt(Event::begin).thenComparingInt(Event::subjectTid)
                .thenComparing(Event::predicate).thenComparing(e -> e.objectTid()));
        return s.out;
    }

    private void sample(int sample, int[] present, int count, Box[] boxes, boolean hysteresis) {
        int[] nowOpen = new int[Math.max(16, count * count)];
        int opened = 0;
        for (int x = 0; x < count; x++) {
            for (int y = 0; y < count; y++) {
                int a = present[x];
                int b = present[y];
                if (a == b) {
                    continue;
                }
                int pair = a * tracks + b;
                int before = lastSeen[pair] == sample - 1 ? held[pair] : 0;
                int now = SpatialRelations.holding(boxes[a], boxes[b], hysteresis ? before : 0);
                close(pair, before & ~now, sample - 1);
                for (int started = now & ~before, p = 0; started != 0; started >>>= 1, p++) {
                    if ((started & 1) != 0) {
                        since[pair * PREDICATES + p] = sample;
                    }
                }
                held[pair] = now;
                lastSeen[pair] = sample;
                if (now != 0) {
                    nowOpen[opened++] = pair;
                }
            }
        }
        // pairs open on the previous sample that have no boxes on this one end their runs there
        for (int k = 0; k < openCount; k++) {
            int pair = open[k];
            if (lastSeen[pair] != sample) {
                close(pair, held[pair], sample - 1);
                held[pair] = 0;
            }
        }
        open = nowOpen;
        openCount = opened;
    }

    private void closeAll() {
        for (int k = 0; k < openCount; k++) {
            close(open[k], held[open[k]], frames.length - 1);
        }
    }

    /** Ends the runs of {@code predicates} of {@code pair} on sample {@code last}, keeping those long enough. */
    private void close(int pair, int predicates, int last) {
        for (int p = 0; predicates != 0; predicates >>>= 1, p++) {
            int first = since[pair * PREDICATES + p];
            if ((predicates & 1) != 0 && last - first + 1 >= minSamples) {
                int end = last + 1 < frames.length ? frames[last + 1] : frames[last] + 1;
                out.add(new Event(videoId, SpatialRelations.PREDICATES.get(p), PredicateKind.SPATIAL,
                        trackIds[pair / tracks], trackIds[pair % tracks], frames[first], end, Source.DERIVED, 1.0, null));
            }
        }
    }
}
