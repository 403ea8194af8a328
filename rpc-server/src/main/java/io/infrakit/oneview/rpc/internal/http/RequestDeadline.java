package io.infrakit.oneview.rpc.internal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request must arrive completely within a deadline from its first byte: a client that drips a request byte by
 * byte (never idle, so the idle timeout never fires) would otherwise hold a connection slot for ever. Sits before the
 * HTTP codec, where it sees bytes; its {@link #completion()} handler sits after the aggregator and stops the clock
 * when a whole request went by. On expiry it answers {@code 408} and closes.
 */
public final class RequestDeadline extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDeadline.class);

    private final long millis;
    private ScheduledFuture<?> timer;

    public RequestDeadline(Duration deadline) {
        this.millis = deadline.toMillis();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (timer == null) {
            timer = ctx.executor().schedule(() -> expire(ctx), millis, TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        met();
        ctx.fireChannelInactive();
    }

    /** @return the handler that stops the clock when a whole request has been decoded */
    public ChannelHandler completion() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof FullHttpRequest) {
                    met();
                }
                ctx.fireChannelRead(msg);
            }
        };
    }

    private void met() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void expire(ChannelHandlerContext ctx) {
        timer = null;
        LOG.warn("closing {}: a request did not arrive completely within {} ms", ctx.channel(), millis);
        byte[] body = ("408 Request Timeout: the request did not arrive completely within " + millis + " ms\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] head = ("HTTP/1.1 408 Request Timeout\r\nDate: " + HttpDate.now() + "\r\nContent-Length: " + body.length
                + "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        ctx.writeAndFlush(Unpooled.wrappedBuffer(head, body)).addListener(ChannelFutureListener.CLOSE);
    }
}
