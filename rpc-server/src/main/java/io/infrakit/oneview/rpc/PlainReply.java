package io.infrakit.oneview.rpc;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;

/**
 * A non-JSON-RPC HTTP answer: routing errors (404, 405, 415), {@code /info/api.json}, malformed HTTP (400).
 * The content type is always {@code text/plain; charset=utf-8}, as InfraKit's server sends it.
 *
 * @param status the HTTP status
 * @param body   the body bytes, sent as they are
 * @param close  whether to close the connection afterwards
 */
record PlainReply(HttpResponseStatus status, byte[] body, boolean close) implements Reply {

    static PlainReply of(HttpResponseStatus status, String body, boolean close) {
        return new PlainReply(status, body.getBytes(StandardCharsets.UTF_8), close);
    }
}
