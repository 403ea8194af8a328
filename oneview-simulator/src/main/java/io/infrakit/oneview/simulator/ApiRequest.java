package io.infrakit.oneview.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A decoded HTTP request, independent of Netty. Internal.
 *
 * @param method  upper-case HTTP method
 * @param uri     the raw request target
 * @param path    the decoded path, without query
 * @param query   decoded query parameters, in order, repeated names kept
 * @param headers header names lower case
 * @param body     the body bytes
 * @param clientIp the client's IP address, e.g. {@code 127.0.0.1}
 */
record ApiRequest(String method, String uri, String path, Map<String, List<String>> query,
                  Map<String, List<String>> headers, byte[] body, String clientIp) {

    static ApiRequest of(String method, String uri, Map<String, List<String>> headers, byte[] body) {
        return of(method, uri, headers, body, "127.0.0.1");
    }

    static ApiRequest of(String method, String uri, Map<String, List<String>> headers, byte[] body, String clientIp) {
        int q = uri.indexOf('?');
        String rawPath = q < 0 ? uri : uri.substring(0, q);
        String path = decode(rawPath);
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : uri.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decodeQuery(pair.substring(eq + 1));
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new ApiRequest(method.toUpperCase(Locale.ROOT), uri, path, query, headers, body, clientIp);
    }

    /** Path segments: '+' is a literal plus. */
    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** Query parameters, form-style as servlet containers do: '+' is a space, a literal plus is %2B. */
    private static String decodeQuery(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The path and query, as received. */
    String pathAndQuery() {
        return uri;
    }
}
