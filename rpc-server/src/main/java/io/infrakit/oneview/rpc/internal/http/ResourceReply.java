package io.infrakit.oneview.rpc.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The 200 answer of an extra resource ({@link io.infrakit.oneview.rpc.HttpResource}), with its own content type.
 *
 * @param bytes       the body, sent as it is
 * @param contentType its {@code Content-Type}
 */
record ResourceReply(byte[] bytes, String contentType) implements HttpReply {

    @Override
    public HttpResponseStatus status() {
        return HttpResponseStatus.OK;
    }

    @Override
    public ByteBuf body(ByteBufAllocator alloc) {
        return alloc.buffer(bytes.length).writeBytes(bytes);
    }

    @Override
    public boolean close() {
        return false;
    }
}
