package io.cotasks.ingest.derive;

import io.cotasks.store.model.Event;
import io.cotasks.store.model.Source;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The all-pairs selection {@link PairSelection} replaced (quadratic: every pair goes through a bounded
 * heap), kept as the reference for the differential test.
 */
final class AllPairsSelection {

    private AllPairsSelection() {
    }

    static long[] closest(Event[] events, int cap) {
        PriorityQueue<long[]> heap = new PriorityQueue<>(cap + 1, AllPairsSelection::compareDescending);
        for (int a = 0; a < events.length; a++) {
            for (int b = a + 1; b < events.length; b++) {
                long[] rank = rank(events, a, b);
                if (heap.size() < cap) {
                    heap.add(rank);
                } else if (compareDescending(rank, heap.peek()) > 0) {
                    heap.poll();
                    heap.add(rank);
                }
            }
        }
        long[] out = new long[heap.size()];
        int i = 0;
        for (long[] r : heap) {
            out[i++] = (r[2] << 32) | r[3];
        }
        Arrays.sort(out);
        return out;
    }

    private static long[] rank(Event[] events, int a, int b) {
        Event x = events[a];
        Event y = events[b];
        long derived = (x.source() == Source.DERIVED ? 1 : 0) + (y.source() == Source.DERIVED ? 1 : 0);
        long gap = Math.max(0, Math.max(y.begin() - x.end(), x.begin() - y.end()));
        return new long[] {derived, gap, a, b};
    }

    private static int compareDescending(long[] p, long[] q) {
        for (int i = 0; i < p.length; i++) {
            int c = Long.compare(q[i], p[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
