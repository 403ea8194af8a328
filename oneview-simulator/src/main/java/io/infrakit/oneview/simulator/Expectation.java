package io.infrakit.oneview.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted answer that wins over the simulated appliance: while it has uses left, a matching REST request gets
 * exactly this response, before any fault, version, auth or state check (the request is still counted and
 * recorded). Create one with {@link OneViewSimulator#expect(String, String)}; it is active at once and, by default,
 * answers once with an empty 200. Thread-safe.
 *
 * <pre>{@code
 * sim.expect("GET", "/rest/tasks/{id}").respond(200, "{\"taskState\":\"Interrupted\"}").times(2);
 * sim.expect("GET", "/rest/server-hardware?count=1").respond(200, "not json").once();
 * }</pre>
 *
 * <p>The path matches a request when it equals its route template (e.g. {@code /rest/server-profiles/{id}}), its
 * path without query, or, when the path contains {@code ?}, its full request target. The first active expectation
 * that matches (in creation order) answers.
 */
public final class Expectation {

    /** The number of uses of an expectation that never runs out. */
    public static final int ALWAYS = Integer.MAX_VALUE;

    private final String method;
    private final String path;
    private int status = 200;
    private byte[] body = new byte[0];
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int remaining = 1;
    private int used;

    Expectation(String method, String path) {
        this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        this.path = Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
    }

    /**
     * @param status an HTTP status, 100 to 599
     * @param body   the body, sent as is with {@code Content-Type: application/json;charset=UTF-8} (need not be
     *               valid JSON); null or empty for none
     * @return this
     */
    public synchronized Expectation respond(int status, String body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be 100 to 599, got " + status);
        }
        this.status = status;
        this.body = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /**
     * @param name  a response header name, e.g. {@code Location}
     * @param value its value
     * @return this
     */
    public synchronized Expectation header(String name, String value) {
        headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * @param n how many matching requests it answers, 1 or more ({@link #ALWAYS} for no limit)
     * @return this
     */
    public synchronized Expectation times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be 1 or more, got " + n);
        }
        this.remaining = n;
        return this;
    }

    /**
     * Same as {@code times(1)}.
     * @return this
     */
    public Expectation once() {
        return times(1);
    }

    /**
     * Same as {@code times(ALWAYS)}.
     * @return this
     */
    public Expectation always() {
        return times(ALWAYS);
    }

    /**
     * @return how many requests it answered so far
     */
    public synchronized int used() {
        return used;
    }

    /**
     * @return whether it will answer no more requests
     */
    public synchronized boolean isExhausted() {
        return remaining <= 0;
    }

    /** Takes one use if the request matches; returns the response, or null. */
    synchronized ApiResponse answer(ApiRequest request, String template) {
        if (remaining <= 0 || !method.equals(request.method())) {
            return null;
        }
        boolean matches = path.contains("?") ? path.equals(request.uri())
                : path.equals(request.path()) || path.equals(template);
        if (!matches) {
            return null;
        }
        if (remaining != ALWAYS) {
            remaining--;
        }
        used++;
        return new ApiResponse(status, new LinkedHashMap<>(headers), null, body.clone());
    }

    @Override
    public synchronized String toString() {
        return "Expectation[" + method + " " + path + " -> " + status + ", used " + used
                + (remaining == ALWAYS ? ", always" : ", " + remaining + " left") + "]";
    }
}
