package io.infrakit.oneview.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request the simulator received on its REST API (admin requests are not recorded).
 *
 * @param method   the HTTP method, upper case
 * @param uri      the request target (path and query, as sent)
 * @param endpoint the endpoint key it was counted under, e.g. {@code "GET /rest/server-profiles/{id}"}
 * @param headers  the request headers, names lower case
 * @param body     the request body (empty when none)
 */
public record RecordedRequest(String method, String uri, String endpoint, Map<String, List<String>> headers, byte[] body) {

    /**
     * Validates and copies the components.
     *
     * @param method the HTTP method
     * @param uri the request target
     * @param endpoint the endpoint key
     * @param headers the headers, names lower case
     * @param body the body
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(endpoint, "endpoint");
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /**
     * @return a copy of the body
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * @return the body decoded as UTF-8
     */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * @param name a header name, any case
     * @return the first value of that header, or {@code null}
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return method + " " + uri + " (" + endpoint + ")";
    }
}
