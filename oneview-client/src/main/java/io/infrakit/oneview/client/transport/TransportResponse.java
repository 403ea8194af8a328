package io.infrakit.oneview.client.transport;

import java.nio.charset.StandardCharsets;

/**
 * The appliance's answer to one {@link TransportRequest}, whatever its status: a transport returns 4xx and 5xx
 * answers like any other. Immutable; {@link #body()} returns a copy.
 */
public final class TransportResponse {
    private final int status;
    private final TransportHeaders headers;
    private final byte[] body;

    private TransportResponse(int status, TransportHeaders headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /**
     * @param status the HTTP status, 100 to 599
     * @return a builder
     * @throws IllegalArgumentException for a status outside 100..599
     */
    public static Builder builder(int status) {
        return new Builder(status);
    }

    /**
     * @param status the HTTP status
     * @return an answer without headers or body
     * @throws IllegalArgumentException for a status outside 100..599
     */
    public static TransportResponse of(int status) {
        return builder(status).build();
    }

    /**
     * @param status the HTTP status
     * @param json   the JSON body, sent as UTF-8 with {@code Content-Type: application/json;charset=UTF-8}
     * @return the answer
     * @throws IllegalArgumentException for a status outside 100..599
     */
    public static TransportResponse json(int status, String json) {
        return builder(status).header("Content-Type", "application/json;charset=UTF-8").body(json).build();
    }

    /**
     * @return the HTTP status
     */
    public int status() {
        return status;
    }

    /**
     * @return the headers as answered
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
     * @return a copy of the body bytes (empty when none)
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * @return the body length in bytes
     */
    public int bodyLength() {
        return body.length;
    }

    /**
     * @return the body decoded as UTF-8
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * @return a builder holding this answer
     */
    public Builder toBuilder() {
        Builder b = new Builder(status);
        b.headers = headers.toBuilder();
        b.body = body;
        return b;
    }

    /**
     * @return the status and the body size
     */
    @Override
    public String toString() {
        return "HTTP " + status + " (" + body.length + " bytes)";
    }

    /**
     * Builds a {@link TransportResponse}. Not thread-safe.
     */
    public static final class Builder extends MessageBuilder<Builder> {
        private final int status;

        private Builder(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("An HTTP status is 100 to 599, not " + status);
            }
            this.status = status;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @return the answer
         */
        public TransportResponse build() {
            return new TransportResponse(status, headers.build(), body == null ? new byte[0] : body);
        }
    }
}
