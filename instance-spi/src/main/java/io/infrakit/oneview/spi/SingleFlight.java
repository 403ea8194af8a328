package io.infrakit.oneview.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Shares calls between threads: a caller that asks for a key while another caller's call for the same key runs
 * waits for that call and gets its result (or its exception) instead of making its own. Nothing is kept once the
 * call ends. The engine shares one health check between describes with it; the OneView provider shares reads of a
 * template and of the free servers between parallel provisions. Thread-safe.
 *
 * @param <K> what is asked for
 * @param <V> the result
 */
public final class SingleFlight<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /** A single flight with no call running. */
    public SingleFlight() {
    }

    /**
     * @param key  what is asked for
     * @param call makes the call; runs in the first caller's thread
     * @return the result of this call, or of the call already running for the key
     * @throws RuntimeException what the call threw, in every caller that shared it
     */
    public V get(K key, Supplier<V> call) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing = running.putIfAbsent(key, mine);
        if (existing != null) {
            waiting.incrementAndGet();
            try {
                return existing.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            V value = call.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /** @return how many callers are waiting for a call they did not make (for tests) */
    public int waiting() {
        return waiting.get();
    }
}
