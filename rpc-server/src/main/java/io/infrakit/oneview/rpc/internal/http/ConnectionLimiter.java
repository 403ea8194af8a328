package io.infrakit.oneview.rpc.internal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the number of open connections. A connection over the cap gets {@code 503} with a body that says why and
 * is closed, and a warning is logged. Accepted connections join the server's channel group, for shutdown.
 * First in the pipeline; shared by all connections.
 */
@ChannelHandler.Sharable
public final class ConnectionLimiter extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimiter.class);

    private final int max;
    private final AtomicInteger open = new AtomicInteger();
    private final ChannelGroup channels;
    private final byte[] refusal;

    public ConnectionLimiter(int max, ChannelGroup channels) {
        this.max = max;
        this.channels = channels;
        String body = "too many connections: this plugin serves at most " + max + " at once\n";
        this.refusal = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        int now = open.incrementAndGet();
        if (now > max) {
            open.decrementAndGet();
            LOG.warn("refusing a connection: {} connections are open and the limit (maxConnections) is {}", now - 1, max);
            ctx.channel().config().setAutoRead(false);
            ctx.writeAndFlush(Unpooled.wrappedBuffer(refusal)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        channels.add(ctx.channel());
        ctx.channel().closeFuture().addListener(f -> open.decrementAndGet());
        super.channelActive(ctx);
    }

    /** @return the connections open now */
    public int open() {
        return open.get();
    }
}
