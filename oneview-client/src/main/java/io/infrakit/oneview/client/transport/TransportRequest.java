package io.infrakit.oneview.client.transport;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One HTTP request to the appliance, as the client hands it to a {@link OneViewTransport}: a method, a target
 * (the encoded path and query, relative to the appliance's address), headers and an optional body. Immutable;
 * {@link #body()} returns a copy.
 *
 * <p>{@link #toString()} shows the method, the target and the body size only: headers carry the session token and
 * the login body carries the password.
 */
public final class TransportRequest {
    private final String method;
    private final String target;
    private final TransportHeaders headers;
    private final byte[] body;

    private TransportRequest(Builder b) {
        this.method = b.method;
        this.target = b.target;
        this.headers = b.headers.build();
        this.body = b.body;
    }

    /**
     * @param method an HTTP method in upper case ({@code GET}, {@code POST}, ...)
     * @param target the path and query, starting with {@code /}, already percent-encoded (visible ASCII only)
     * @return a builder
     * @throws IllegalArgumentException when the method is not an upper-case token or the target is not an encoded
     *                                  path starting with {@code /}
     */
    public static Builder builder(String method, String target) {
        return new Builder(method, target);
    }

    /**
     * @return the method, e.g. {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * @return the encoded path and query, e.g. {@code /rest/server-profiles?filter=%22name%3D%27a%27%22}
     */
    public String target() {
        return target;
    }

    /**
     * @return the headers the client sends
     */
    public TransportHeaders headers() {
        return headers;
    }

    /**
     * @param name a header name, any case
     * @return its first value, or {@code null}
     */
    public String header(String name) {
        return headers.first(name);
    }

    /**
     * @return whether the request has a body (possibly empty)
     */
    public boolean hasBody() {
        return body != null;
    }

    /**
     * @return a copy of the body bytes; empty when there is no body
     */
    public byte[] body() {
        return body == null ? new byte[0] : body.clone();
    }

    /**
     * @return the body decoded as UTF-8; empty when there is no body
     */
    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    /**
     * @return a builder holding this request
     */
    public Builder toBuilder() {
        Builder b = new Builder(method, target);
        b.headers = headers.toBuilder();
        b.body = body;
        return b;
    }

    /**
     * @return {@code METHOD target}, and the body size (never headers or body)
     */
    @Override
    public String toString() {
        return method + " " + target + (body == null ? "" : " (" + body.length + " bytes)");
    }

    /**
     * Builds a {@link TransportRequest}. Not thread-safe.
     */
    public static final class Builder extends MessageBuilder<Builder> {
        private final String method;
        private final String target;

        private Builder(String method, String target) {
            this.method = checkMethod(method);
            this.target = checkTarget(target);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @return the request
         */
        public TransportRequest build() {
            return new TransportRequest(this);
        }

        private static String checkMethod(String method) {
            Objects.requireNonNull(method, "method");
            if (!method.matches("[A-Z]{1,20}")) {
                throw new IllegalArgumentException("'" + method + "' is not an HTTP method (upper-case letters)");
            }
            return method;
        }

        private static String checkTarget(String target) {
            Objects.requireNonNull(target, "target");
            if (!target.startsWith("/")) {
                throw new IllegalArgumentException("A request target must start with '/': '" + target + "'");
            }
            for (int i = 0; i < target.length(); i++) {
                char c = target.charAt(i);
                if (c <= 0x20 || c >= 0x7f) {
                    throw new IllegalArgumentException("A request target must be percent-encoded (visible ASCII"
                            + " only); character " + (int) c + " at " + i + " of '" + target + "' is not");
                }
            }
            return target;
        }
    }
}
