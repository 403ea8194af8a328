package io.infrakit.oneview.rpc.internal.dispatch;

import io.infrakit.oneview.rpc.internal.http.HttpReply;
import io.infrakit.oneview.rpc.internal.http.ResponseEncoder;
import io.infrakit.oneview.rpc.internal.jsonrpc.JsonRpcReply;
import io.infrakit.oneview.rpc.internal.jsonrpc.JsonRpcRequest;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one connection's requests in order. Replies that need no plugin are written at once, on the event
 * loop; plugin calls run on the bounded plugin executor (the reply is encoded there too), and while one runs
 * later requests of the same connection wait in a queue, so pipelined requests are answered in order and a slow
 * call blocks only its own connection. The connection stops reading while more than {@value #MAX_QUEUED}
 * requests wait, which bounds the queue without toggling reads on every call, and while the client does not
 * read its answers (the channel is not writable), which bounds the memory one connection can hold. Also closes
 * the connection when it has been idle with nothing running, and on shutdown once its work is done. One instance
 * per connection.
 */
public final class OrderedDispatcher extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(OrderedDispatcher.class);

    private final MethodTable service;
    private final Executor executor;
    /** Requests decoded but not yet answered, beyond which the connection stops reading. */
    public static final int MAX_QUEUED = 16;

    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private ChannelFuture lastWrite;
    private ChannelHandlerContext ctx;
    private boolean busy;
    private boolean draining;

    public OrderedDispatcher(MethodTable service, Executor executor) {
        this.service = service;
        this.executor = executor;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpReply || msg instanceof JsonRpcRequest) {
            queue.add(msg);
            if (queue.size() > MAX_QUEUED) {
                ctx.channel().config().setAutoRead(false);
            }
            drain();
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void drain() {
        Object next;
        while (!busy && ctx.channel().isWritable() && (next = queue.poll()) != null) {
            if (next instanceof HttpReply reply) {
                write(reply);
            } else {
                CallPlan call = service.plan((JsonRpcRequest) next);
                if (call instanceof CallPlan.Now now) {
                    write(now.reply());
                } else {
                    runLater((CallPlan.Later) call);
                }
            }
        }
        if (!busy && draining && queue.isEmpty()) {
            closeAfterWrites();
        } else if (!ctx.channel().isWritable()) {
            // The client does not read its answers: stop reading its requests until it catches up.
            ctx.channel().config().setAutoRead(false);
        } else if (!draining && queue.size() <= MAX_QUEUED && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private void closeAfterWrites() {
        if (lastWrite == null) {
            ctx.close();
        } else {
            lastWrite.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void runLater(CallPlan.Later call) {
        busy = true;
        try {
            executor.execute(() -> {
                Object response = encode(call.task().get());
                try {
                    ctx.executor().execute(() -> finished(response));
                } catch (RejectedExecutionException e) {
                    LOG.debug("event loop gone; dropping a reply");
                    io.netty.util.ReferenceCountUtil.release(response);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("refusing a plugin call: all plugin threads are busy and the queue is full");
            busy = false;
            call.rejected().run();
            write(JsonRpcReply.error(call.id(), "server busy: too many plugin calls in progress, try again"));
        }
    }

    /** Encodes on the plugin thread, so the event loop only writes; an empty reply stays a {@link HttpReply}. */
    private Object encode(JsonRpcReply reply) {
        try {
            return ResponseEncoder.toResponse(ctx.alloc(), reply);
        } catch (RuntimeException e) {
            LOG.error("cannot encode a reply", e);
            return reply;
        }
    }

    private void finished(Object response) {
        busy = false;
        if (!ctx.channel().isActive()) {
            io.netty.util.ReferenceCountUtil.release(response);
            return;
        }
        lastWrite = ctx.writeAndFlush(response);
        drain();
    }

    private void write(HttpReply reply) {
        lastWrite = ctx.writeAndFlush(reply);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            if (!busy && queue.isEmpty()) {
                LOG.debug("closing idle connection {}", ctx.channel());
                ctx.close();
            }
        } else if (evt == ShutdownEvent.INSTANCE) {
            draining = true;
            ctx.channel().config().setAutoRead(false);
            if (!busy && queue.isEmpty()) {
                closeAfterWrites();
            }
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().isWritable()) {
            drain();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        queue.clear();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing connection {} after an error: {}", ctx.channel(), cause.toString());
        ctx.close();
    }
}
