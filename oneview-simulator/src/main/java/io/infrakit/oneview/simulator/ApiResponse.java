package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response to write, independent of Netty. Internal.
 *
 * @param status  HTTP status
 * @param headers extra headers (Content-Type, Date and cache headers are added by the HTTP layer)
 * @param body    JSON body, or null for none
 * @param raw     raw body bytes written as they are (expectations), or null; wins over {@code body}
 * @param chunked whether the body goes out with {@code Transfer-Encoding: chunked} instead of a Content-Length
 */
record ApiResponse(int status, Map<String, String> headers, JsonNode body, byte[] raw, boolean chunked) {

    ApiResponse(int status, Map<String, String> headers, JsonNode body) {
        this(status, headers, body, null, false);
    }

    ApiResponse(int status, Map<String, String> headers, JsonNode body, byte[] raw) {
        this(status, headers, body, raw, false);
    }

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, new LinkedHashMap<>(), body);
    }

    static ApiResponse ok(JsonNode body) {
        return json(200, body);
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, new LinkedHashMap<>(), null);
    }

    static ApiResponse error(ApiException e) {
        return json(e.status(), e.toBody());
    }

    ApiResponse withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** @return this response sent in chunks, as an appliance sends collections */
    ApiResponse inChunks() {
        return new ApiResponse(status, headers, body, raw, true);
    }
}
