package io.infrakit.oneview.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the REST requests the simulator received, per endpoint. Thread-safe.
 *
 * <p>An endpoint key is the method and the route template, e.g. {@code "GET /rest/server-hardware"},
 * {@code "PUT /rest/server-hardware/{id}/powerState"}, {@code "POST /rest/login-sessions"}; requests that match no
 * route count under {@link #UNMATCHED}. Every request is counted when it arrives, including those that are then
 * refused (401, 412, an injected fault). Admin requests ({@code /admin/...}) are not counted.
 */
public final class RequestCounters {

    /** The key under which requests that match no route are counted. */
    public static final String UNMATCHED = "UNMATCHED";

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    RequestCounters() {
    }

    void increment(String endpoint) {
        counters.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
    }

    /**
     * @param endpoint an endpoint key such as {@code "POST /rest/server-profiles"}
     * @return the number of requests counted under it (0 if none)
     */
    public long get(String endpoint) {
        LongAdder adder = counters.get(endpoint);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * @return the number of requests counted under all keys
     */
    public long total() {
        return counters.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /**
     * @return a sorted, immutable copy of the non-zero counters
     */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((k, v) -> {
            long n = v.sum();
            if (n > 0) {
                copy.put(k, n);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Sets every counter back to zero. */
    public void reset() {
        counters.clear();
    }

    @Override
    public String toString() {
        return "RequestCounters" + snapshot();
    }
}
