package io.infrakit.oneview.rpc.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * What the server sends back for one HTTP request, in request order: a {@link PlainTextReply} of the HTTP layer, or
 * a JSON-RPC reply. {@link ResponseEncoder} turns it into an HTTP response with InfraKit's header layout; the reply
 * only gives its status and body.
 */
public interface HttpReply {

    /** @return the HTTP status */
    HttpResponseStatus status();

    /**
     * Writes the body. Thread-safe: replies of plugin calls are encoded on the plugin thread.
     *
     * @param alloc where to allocate the buffer
     * @return a new buffer holding the body
     */
    ByteBuf body(ByteBufAllocator alloc);

    /** @return true when the connection must be closed after this reply */
    boolean close();

    /** @return the {@code Content-Type}; InfraKit's {@code text/plain; charset=utf-8} unless a resource says otherwise */
    default CharSequence contentType() {
        return ResponseEncoder.TEXT_PLAIN;
    }
}
