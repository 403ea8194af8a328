package io.infrakit.oneview.rpc.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.util.List;

/**
 * Encodes an {@link HttpReply} as the HTTP response InfraKit's server sends: the reply's status (200 for every
 * JSON-RPC outcome), then {@code Date}, {@code Content-Length} and {@code Content-Type: text/plain; charset=utf-8} (an extra
 * resource's own type),
 * in that order, then the reply's body; never compressed. Stateless.
 */
@ChannelHandler.Sharable
public final class ResponseEncoder extends MessageToMessageEncoder<HttpReply> {

    /** Header names in the case Go's server writes them. */
    static final AsciiString DATE = AsciiString.cached("Date");
    static final AsciiString CONTENT_LENGTH = AsciiString.cached("Content-Length");
    static final AsciiString CONTENT_TYPE = AsciiString.cached("Content-Type");
    static final AsciiString CONNECTION = AsciiString.cached("Connection");
    static final AsciiString TEXT_PLAIN = AsciiString.cached("text/plain; charset=utf-8");
    private static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    private static final HttpHeadersFactory TRAILERS = DefaultHttpHeadersFactory.trailersFactory().withValidation(false);

    public ResponseEncoder() {
        super(HttpReply.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, HttpReply reply, List<Object> out) {
        out.add(toResponse(ctx.alloc(), reply));
    }

    /**
     * Builds the HTTP response for a reply. Thread-safe: plugin-call replies are encoded on the plugin thread, so
     * the event loop only writes them.
     */
    public static FullHttpResponse toResponse(ByteBufAllocator alloc, HttpReply reply) {
        ByteBuf body = reply.body(alloc);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, reply.status(), body, HEADERS,
                TRAILERS);
        HttpHeaders headers = response.headers();
        headers.set(DATE, HttpDate.now());
        headers.setInt(CONTENT_LENGTH, body.readableBytes());
        headers.set(CONTENT_TYPE, reply.contentType());
        if (reply.close()) {
            headers.set(CONNECTION, HttpHeaderValues.CLOSE);
        }
        return response;
    }
}
