package io.infrakit.oneview.pluginclient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One HTTP response read from a plugin, as it came: status, headers in their order and case, body.
 *
 * @param status  the status code
 * @param headers the headers, in the order received
 * @param head    the exact bytes of the status line and headers, the blank line included
 * @param body    the body bytes
 */
public record HttpResponse(int status, List<Header> headers, byte[] head, byte[] body) {

    /**
     * One header line.
     *
     * @param name  the name, as sent
     * @param value the value, without surrounding spaces
     */
    public record Header(String name, String value) {
    }

    /** @throws NullPointerException if an argument is null */
    public HttpResponse {
        headers = List.copyOf(headers);
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(body, "body");
    }

    /**
     * @param name a header name, in any case
     * @return the value of the first header of that name, or null
     */
    public String header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** @return the header names, in the order received */
    public List<String> headerNames() {
        List<String> names = new ArrayList<>(headers.size());
        headers.forEach(h -> names.add(h.name()));
        return names;
    }

    /** @return the body as UTF-8 text */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the whole response as text: head and body, exactly as received (UTF-8) */
    public String raw() {
        return new String(head, StandardCharsets.ISO_8859_1) + bodyText();
    }

    /** @return true when the server closes the connection after this response ({@code Connection: close}) */
    public boolean closesConnection() {
        String connection = header("Connection");
        return connection != null && connection.equalsIgnoreCase("close");
    }
}
