package io.infrakit.oneview.rpc;

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
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.util.List;

/**
 * Encodes a {@link Reply} as the HTTP response InfraKit's server sends: status (200 for every JSON-RPC outcome),
 * then {@code Date}, {@code Content-Length} and {@code Content-Type: text/plain; charset=utf-8}, in that order;
 * a JSON-RPC body is compact JSON plus one {@code \n}; never compressed. Stateless.
 */
@ChannelHandler.Sharable
final class ReplyEncoder extends MessageToMessageEncoder<Reply> {

    /** Header names in the case Go's server writes them. */
    static final AsciiString DATE = AsciiString.cached("Date");
    static final AsciiString CONTENT_LENGTH = AsciiString.cached("Content-Length");
    static final AsciiString CONTENT_TYPE = AsciiString.cached("Content-Type");
    static final AsciiString CONNECTION = AsciiString.cached("Connection");
    static final AsciiString TEXT_PLAIN = AsciiString.cached("text/plain; charset=utf-8");
    private static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    private static final HttpHeadersFactory TRAILERS = DefaultHttpHeadersFactory.trailersFactory().withValidation(false);

    ReplyEncoder() {
        super(Reply.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Reply reply, List<Object> out) {
        out.add(toResponse(ctx.alloc(), reply));
    }

    /**
     * Builds the HTTP response for a reply. Thread-safe: plugin-call replies are encoded on the plugin thread, so
     * the event loop only writes them.
     */
    static FullHttpResponse toResponse(ByteBufAllocator alloc, Reply reply) {
        ByteBuf body;
        HttpResponseStatus status = HttpResponseStatus.OK;
        if (reply instanceof PlainReply plain) {
            status = plain.status();
            body = alloc.buffer(plain.body().length).writeBytes(plain.body());
        } else {
            JsonOut json = JsonOut.forThisThread();
            try {
                writeRpc(json, (RpcReply) reply);
            } catch (RuntimeException e) {
                // Only a result writer can fail here (a plugin value the encoder cannot handle); answer anyway.
                org.slf4j.LoggerFactory.getLogger(ReplyEncoder.class).error("cannot encode a result", e);
                json.truncate(0);
                writeRpc(json, new RpcReply.Failure(((RpcReply.Success) reply).id(), RpcReply.SERVER_ERROR,
                        "internal error: cannot encode the result (details in the plugin log)", null));
            }
            body = json.toByteBuf(alloc, 0);
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body, HEADERS, TRAILERS);
        HttpHeaders headers = response.headers();
        headers.set(DATE, HttpDate.now());
        headers.setInt(CONTENT_LENGTH, body.readableBytes());
        headers.set(CONTENT_TYPE, TEXT_PLAIN);
        if (reply.close()) {
            headers.set(CONNECTION, HttpHeaderValues.CLOSE);
        }
        return response;
    }

    static void writeRpc(JsonOut out, RpcReply reply) {
        if (reply instanceof RpcReply.Success s) {
            GoJson.ascii(out, "{\"jsonrpc\":\"2.0\",\"result\":");
            s.result().write(out);
            GoJson.ascii(out, ",\"id\":");
            GoJson.raw(out, s.id());
            GoJson.ascii(out, "}\n");
        } else if (reply instanceof RpcReply.Failure f) {
            GoJson.ascii(out, "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":");
            GoJson.ascii(out, Integer.toString(f.code()));
            GoJson.ascii(out, ",\"message\":");
            GoJson.string(out, f.message());
            GoJson.ascii(out, ",\"data\":");
            if (f.data() == null) {
                GoJson.ascii(out, "null");
            } else {
                GoJson.raw(out, f.data());
            }
            GoJson.ascii(out, "},\"id\":");
            GoJson.raw(out, f.id());
            GoJson.ascii(out, "}\n");
        }
    }
}
