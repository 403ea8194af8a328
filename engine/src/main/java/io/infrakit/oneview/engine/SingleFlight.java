package io.infrakit.oneview.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a task at most once at a time: a caller arriving while the task runs waits for that run and gets its result
 * (or its exception) instead of starting another.
 *
 * @param <T> the task's result
 */
final class SingleFlight<T> {

    private final Supplier<T> task;
    private final AtomicInteger waiting = new AtomicInteger();
    private CompletableFuture<T> running;

    SingleFlight(Supplier<T> task) {
        this.task = task;
    }

    T get() {
        CompletableFuture<T> flight;
        boolean leader;
        synchronized (this) {
            leader = running == null;
            if (leader) {
                running = new CompletableFuture<>();
            }
            flight = running;
        }
        if (leader) {
            try {
                flight.complete(task.get());
            } catch (Throwable t) {
                flight.completeExceptionally(t);
            } finally {
                synchronized (this) {
                    running = null;
                }
            }
        } else {
            waiting.incrementAndGet();
        }
        try {
            return flight.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        } finally {
            if (!leader) {
                waiting.decrementAndGet();
            }
        }
    }

    /** @return how many callers are waiting for a run they did not start */
    int waiting() {
        return waiting.get();
    }
}
