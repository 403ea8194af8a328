package io.infrakit.oneview.client.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as received by the {@link ExpectServer}.
 *
 * @param method  HTTP method
 * @param target  raw path and query as sent on the wire
 * @param headers headers, names in lower case
 * @param body    body text (empty when none)
 */
public record RecordedRequest(String method, String target, Map<String, List<String>> headers, String body) {

    /**
     * @param name a header name (any case)
     * @return its first value or {@code null}
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return method + " " + target + " " + headers + (body.isEmpty() ? "" : " body=" + body);
    }
}
