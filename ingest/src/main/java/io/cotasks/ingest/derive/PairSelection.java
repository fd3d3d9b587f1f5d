package io.cotasks.ingest.derive;

import io.cotasks.store.model.Event;
import io.cotasks.store.model.Source;

import java.util.Arrays;

/**
 * Picks which event pairs keep their Allen relation when a video has more pairs than the cap: the
 * {@code cap} smallest pairs by (derived count, gap, first index, second index), found without looking at
 * every pair.
 *
 * <p>Events are sorted by begin, so for a fixed first event {@code a} the gap to a later event {@code b}
 * is {@code max(0, begin(b) - end(a))}: it never decreases with {@code b}, and the partners of {@code a}
 * within a gap {@code g} are one index range, found by binary search. Counting the pairs of one derived
 * class within a gap is then O(n log n) (the events of each source kind are kept in their own index
 * list); a binary search over the gap finds the threshold gap {@code G} where the cap is reached; every
 * pair below {@code G} is kept, and the pairs at exactly {@code G} are taken by ascending (a, b) until the
 * cap is full. In all O(n log n log T + cap) for n events spanning T frames, and exactly the pairs the
 * all-pairs ranking keeps (the ranking is a total order, so its best {@code cap} pairs are unique).
 */
final class PairSelection {

    private final int[] begins;
    private final int[] ends;
    /** Indices of non-derived events ([0]) and of derived events ([1]), ascending. */
    private final int[][] byDerived;
    private final boolean[] derived;

    private PairSelection(Event[] events) {
        int n = events.length;
        begins = new int[n];
        ends = new int[n];
        derived = new boolean[n];
        int derivedCount = 0;
        for (int i = 0; i < n; i++) {
            begins[i] = events[i].begin();
            ends[i] = events[i].end();
            derived[i] = events[i].source() == Source.DERIVED;
            derivedCount += derived[i] ? 1 : 0;
        }
        byDerived = new int[][] {new int[n - derivedCount], new int[derivedCount]};
        int[] fill = new int[2];
        for (int i = 0; i < n; i++) {
            int d = derived[i] ? 1 : 0;
            byDerived[d][fill[d]++] = i;
        }
    }

    /**
     * The {@code cap} best pairs of {@code events} (sorted by begin, end, uid), each packed as
     * {@code (a << 32) | b} with a &lt; b, in ascending order of (a, b).
     */
    static long[] closest(Event[] events, int cap) {
        return new PairSelection(events).select(cap);
    }

    private long[] select(int cap) {
        long[] out = new long[cap];
        int filled = 0;
        long maxGap = maxGap();
        for (int cls = 0; cls <= 2 && filled < cap; cls++) {
            int remaining = cap - filled;
            if (count(cls, maxGap) <= remaining) {
                filled = emitWithin(cls, maxGap, out, filled);
                continue;
            }
            long lo = 0;
            long hi = maxGap;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (count(cls, mid) >= remaining) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (lo > 0) {
                filled = emitWithin(cls, lo - 1, out, filled);
            }
            filled = emitAt(cls, lo, out, filled, cap);
        }
        long[] kept = Arrays.copyOf(out, filled);
        Arrays.sort(kept);
        return kept;
    }

    /** The largest gap between any two events: every pair lies within it. */
    private long maxGap() {
        long lastBegin = 0;
        long firstEnd = Long.MAX_VALUE;
        for (int i = 0; i < begins.length; i++) {
            lastBegin = Math.max(lastBegin, begins[i]);
            firstEnd = Math.min(firstEnd, ends[i]);
        }
        return Math.max(0, lastBegin - firstEnd);
    }

    /** The partner list of {@code a} for pairs of derived class {@code cls}, or null when none can be. */
    private int[] partners(int a, int cls) {
        int want = cls - (derived[a] ? 1 : 0);
        return want == 0 || want == 1 ? byDerived[want] : null;
    }

    /** The first index whose begin is above {@code frame} (all of them when none is). */
    private int firstBeginAbove(long frame) {
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] <= frame) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Position of the first entry of {@code list} above {@code index}. */
    private static int firstAbove(int[] list, int index) {
        int p = Arrays.binarySearch(list, index);
        return p >= 0 ? p + 1 : -p - 1;
    }

    /** Pairs of class {@code cls} with gap at most {@code gap}. */
    private long count(int cls, long gap) {
        long total = 0;
        for (int a = 0; a < begins.length; a++) {
            int[] list = partners(a, cls);
            if (list != null) {
                int to = firstAbove(list, firstBeginAbove(ends[a] + gap) - 1);
                total += Math.max(0, to - firstAbove(list, a));
            }
        }
        return total;
    }

    /** Appends every pair of class {@code cls} with gap at most {@code gap}. */
    private int emitWithin(int cls, long gap, long[] out, int filled) {
        for (int a = 0; a < begins.length; a++) {
            int[] list = partners(a, cls);
            if (list != null) {
                int to = firstAbove(list, firstBeginAbove(ends[a] + gap) - 1);
                for (int p = firstAbove(list, a); p < to; p++) {
                    out[filled++] = ((long) a << 32) | list[p];
                }
            }
        }
        return filled;
    }

    /** Appends pairs of class {@code cls} with gap exactly {@code gap}, by ascending (a, b), up to {@code cap}. */
    private int emitAt(int cls, long gap, long[] out, int filled, int cap) {
        for (int a = 0; a < begins.length && filled < cap; a++) {
            int[] list = partners(a, cls);
            if (list != null) {
                int from = firstAbove(list, gap == 0 ? a : Math.max(a, firstBeginAbove(ends[a] + gap - 1) - 1));
                int to = firstAbove(list, firstBeginAbove(ends[a] + gap) - 1);
                for (int p = from; p < to && filled < cap; p++) {
                    out[filled++] = ((long) a << 32) | list[p];
                }
            }
        }
        return filled;
    }
}
