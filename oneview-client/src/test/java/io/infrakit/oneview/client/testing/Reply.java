package io.infrakit.oneview.client.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scripted answer.
 *
 * @param status  status code
 * @param headers headers
 * @param body    body text (empty for none)
 */
public record Reply(int status, Map<String, String> headers, String body) {

    /**
     * @param status status
     * @param body   JSON body
     * @return a JSON reply
     */
    public static Reply json(int status, String body) {
        return new Reply(status, Map.of("Content-Type", "application/json;charset=UTF-8"), body);
    }

    /**
     * @param status status
     * @return a reply without body
     */
    public static Reply empty(int status) {
        return new Reply(status, Map.of(), "");
    }

    /**
     * @param name  header
     * @param value value
     * @return a copy with the header added
     */
    public Reply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, h, body);
    }
}
