package io.cotasks.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent steps on a few threads and waits for all of them: the first failure (in step order) is
 * rethrown once every step has finished, so no step is still writing when the caller sees it.
 */
final class ParallelSteps {

    private ParallelSteps() {
    }

    /** Applies {@code step} to each item, on up to {@code threads} threads (the caller's alone when 1). */
    static <T> void run(int threads, List<T> items, Consumer<T> step) {
        if (threads <= 1 || items.size() <= 1) {
            items.forEach(step);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "cotasks-staged-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> step.accept(item)));
            }
            Throwable failure = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new CotasksException("staged write interrupted");
                }
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        } finally {
            pool.shutdown();
        }
    }
}
