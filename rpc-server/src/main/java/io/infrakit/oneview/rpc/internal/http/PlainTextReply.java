package io.infrakit.oneview.rpc.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;

/**
 * A non-JSON-RPC HTTP answer: routing errors (404, 405, 415), {@code /info/api.json}, malformed HTTP (400).
 * The content type is always {@code text/plain; charset=utf-8}, as InfraKit's server sends it.
 *
 * @param status the HTTP status
 * @param bytes  the body bytes, sent as they are
 * @param close  whether to close the connection afterwards
 */
public record PlainTextReply(HttpResponseStatus status, byte[] bytes, boolean close) implements HttpReply {

    /**
     * @param status the HTTP status
     * @param body   the body text
     * @param close  whether to close the connection afterwards
     * @return the reply, its body encoded as UTF-8
     */
    public static PlainTextReply of(HttpResponseStatus status, String body, boolean close) {
        return new PlainTextReply(status, body.getBytes(StandardCharsets.UTF_8), close);
    }

    @Override
    public ByteBuf body(ByteBufAllocator alloc) {
        return alloc.buffer(bytes.length).writeBytes(bytes);
    }
}
