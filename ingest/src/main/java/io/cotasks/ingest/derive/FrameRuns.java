package io.cotasks.ingest.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges facts observed on sampled frames into intervals: a fact that holds on frames consecutive in the
 * sampled sequence becomes one run {@code [first frame, next sampled frame)}, or {@code [first, last + 1)}
 * at the end of the sequence. Used for derived spatial events and for STAR's keyframe relations.
 *
 * @param <K> the fact, e.g. (subject, predicate, object)
 */
public final class FrameRuns<K> {

    /** One merged interval of a fact. */
    public record Run<K>(K fact, int begin, int end) {
    }

    private final int[] frames;
    private final Map<K, int[]> open = new LinkedHashMap<>();
    private final List<Run<K>> done = new ArrayList<>();
    private int index = -1;

    private FrameRuns(int[] frames) {
        this.frames = frames;
    }

    /** A merger over the ascending sampled {@code frames}. */
    public static <K> FrameRuns<K> over(int[] frames) {
        return new FrameRuns<>(frames);
    }

    /** Records the facts holding on the next sampled frame; call once per frame, in order. */
    public void next(Collection<K> holding) {
        index++;
        for (K fact : holding) {
            int[] run = open.get(fact);
            if (run != null && run[1] == index - 1) {
                run[1] = index;
            } else if (run == null || run[1] != index) {
                if (run != null) {
                    done.add(toRun(fact, run));
                }
                open.put(fact, new int[] {index, index});
            }
        }
    }

    /** All runs, after every frame was given. */
    public List<Run<K>> runs() {
        List<Run<K>> out = new ArrayList<>(done);
        open.forEach((fact, run) -> out.add(toRun(fact, run)));
        return out;
    }

    private Run<K> toRun(K fact, int[] run) {
        int begin = frames[run[0]];
        int end = run[1] + 1 < frames.length ? frames[run[1] + 1] : frames[run[1]] + 1;
        return new Run<>(fact, begin, end);
    }
}
