package io.cotasks.ingest.derive;

import io.cotasks.store.model.Event;
import io.cotasks.store.model.Source;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Picks which event pairs keep their Allen relation when a video has more pairs than the cap: a bounded
 * max-heap over (derived-count, gap, first index, second index), so memory stays at the cap however many
 * events the video has.
 */
final class PairSelection {

    private PairSelection() {
    }

    /**
     * The {@code cap} best pairs of {@code events} (sorted by begin, end, uid), each packed as
     * {@code (a << 32) | b} with a &lt; b, in ascending order of (a, b).
     */
    static long[] closest(Event[] events, int cap) {
        // Rank entries: [derivedCount, gap, a, b]; the heap's head is the worst kept pair.
        PriorityQueue<long[]> heap = new PriorityQueue<>(cap + 1, PairSelection::compareDescending);
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

    /** Orders worse pairs first, so the heap head is the first one to drop. */
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
