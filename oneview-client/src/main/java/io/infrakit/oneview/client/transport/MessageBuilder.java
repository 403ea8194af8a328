package io.infrakit.oneview.client.transport;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the builders of requests and answers share: headers and a body.
 *
 * @param <B> the concrete builder
 */
abstract class MessageBuilder<B extends MessageBuilder<B>> {
    TransportHeaders.Builder headers = TransportHeaders.builder();
    byte[] body;

    abstract B self();

    /**
     * Adds a header value.
     *
     * @param name  the name (an HTTP token)
     * @param value the value (no line break)
     * @return this builder
     * @throws IllegalArgumentException see {@link TransportHeaders.Builder#add}
     */
    public B header(String name, String value) {
        headers.add(name, value);
        return self();
    }

    /**
     * Replaces the headers.
     *
     * @param headers the headers
     * @return this builder
     */
    public B headers(TransportHeaders headers) {
        this.headers = Objects.requireNonNull(headers, "headers").toBuilder();
        return self();
    }

    /**
     * Sets the body (copied).
     *
     * @param bytes the body, or {@code null} for none
     * @return this builder
     */
    public B body(byte[] bytes) {
        this.body = bytes == null ? null : bytes.clone();
        return self();
    }

    /**
     * Sets a UTF-8 text body.
     *
     * @param text the body
     * @return this builder
     */
    public B body(String text) {
        this.body = Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8);
        return self();
    }
}
