package io.infrakit.oneview.provider.oneview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Shares read calls between threads: a caller that asks for a key while another caller's call for the same key is
 * running waits for that call and gets its result (or its exception) instead of making its own. Nothing is cached
 * once the call ends. Used so that 50 parallel provisions read the template and the available servers a few
 * times, not 50 times. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the result
 */
final class SharedCalls<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    /**
     * @param key  what is read
     * @param call reads it
     * @return the result of this call, or of the call already running for the key
     */
    V get(K key, Supplier<V> call) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing = running.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
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
}
