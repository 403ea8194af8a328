package io.infrakit.oneview.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * One logical request to the appliance (before headers are added).
 *
 * @param method        HTTP method
 * @param path          path and query, starting with {@code /rest/}, already encoded
 * @param body          JSON body or {@code null}
 * @param headers       extra headers (e.g. If-Match)
 * @param authenticated whether it needs a session (and the API version header)
 */
record RestRequest(String method, String path, JsonNode body, Map<String, String> headers, boolean authenticated) {

    RestRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
    }

    static RestRequest get(String path) {
        return new RestRequest("GET", path, null, Map.of(), true);
    }

    boolean idempotent() {
        return RetryPolicy.isIdempotent(method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
