package io.cotasks.cot.eval;

/** Spaces request starts at least {@code 1/rate} seconds apart across all threads. */
final class RateLimiter {

    private final long intervalNanos;
    private long nextSlot;

    private RateLimiter(long intervalNanos) {
        this.intervalNanos = intervalNanos;
        this.nextSlot = System.nanoTime();
    }

    /** A limiter for {@code perSecond} requests per second; 0 means unlimited. */
    static RateLimiter perSecond(double perSecond) {
        return new RateLimiter(perSecond <= 0 ? 0 : (long) (1e9 / perSecond));
    }

    /** Blocks until this caller may start a request. */
    void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
