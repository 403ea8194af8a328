package io.infrakit.oneview.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A raw HTTP answer.
 *
 * @param status  the status code
 * @param headers headers, names in lower case
 * @param body    the body bytes (empty when none)
 */
record RestResponse(int status, Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " (" + body.length + " bytes)";
    }
}
