package io.infrakit.oneview.rpc.internal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HttpObjectAggregator} whose answer to an over-long body says what the limit is: {@code 413} with a
 * plain-text body, then the connection is closed (the rest of the body is never read).
 */
public final class BodyLimitAggregator extends HttpObjectAggregator {

    private static final Logger LOG = LoggerFactory.getLogger(BodyLimitAggregator.class);

    public BodyLimitAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        LOG.warn("refusing a request body over {} bytes (maxBodyBytes) on {}", maxContentLength(), ctx.channel());
        ctx.channel().config().setAutoRead(false);
        ctx.writeAndFlush(tooLarge()).addListener(ChannelFutureListener.CLOSE);
    }

    /** A request announcing an over-long body with {@code Expect: 100-continue} gets the same 413, then a close. */
    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        Object answer = super.newContinueResponse(start, maxContentLength, pipeline);
        if (answer instanceof FullHttpResponse response
                && response.status().code() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()) {
            response.release();
            LOG.warn("refusing an announced request body over {} bytes (maxBodyBytes)", maxContentLength);
            return tooLarge();
        }
        return answer;
    }

    @Override
    protected boolean closeAfterContinueResponse(Object msg) {
        return msg instanceof FullHttpResponse response
                && response.status().code() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code();
    }

    private FullHttpResponse tooLarge() {
        byte[] body = ("413 Request Entity Too Large: the body is over the limit of " + maxContentLength()
                + " bytes\n").getBytes(StandardCharsets.US_ASCII);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(body));
        response.headers().set(ResponseEncoder.DATE, HttpDate.now())
                .setInt(ResponseEncoder.CONTENT_LENGTH, body.length)
                .set(ResponseEncoder.CONTENT_TYPE, ResponseEncoder.TEXT_PLAIN)
                .set(ResponseEncoder.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}
