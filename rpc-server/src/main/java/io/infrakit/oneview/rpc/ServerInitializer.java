package io.infrakit.oneview.rpc;

import io.infrakit.oneview.rpc.internal.dispatch.MethodTable;
import io.infrakit.oneview.rpc.internal.dispatch.OrderedDispatcher;
import io.infrakit.oneview.rpc.internal.http.BodyLimitAggregator;
import io.infrakit.oneview.rpc.internal.http.ConnectionLimiter;
import io.infrakit.oneview.rpc.internal.http.HttpRouter;
import io.infrakit.oneview.rpc.internal.http.RequestDeadline;
import io.infrakit.oneview.rpc.internal.http.ResponseEncoder;
import io.infrakit.oneview.rpc.internal.jsonrpc.JsonRpcDecoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Assembles each connection's pipeline, one job per handler (layer in brackets):
 *
 * <pre>
 * ConnectionLimiter           [http]     cap on connections (503 + close above it)
 * IdleStateHandler            [netty]    idle detection (OrderedDispatcher closes when nothing runs)
 * RequestDeadline             [http]     a request must arrive completely within idleTimeout of its first
 *                                        byte (408 + close)
 * HttpServerCodec             [netty]    HTTP/1.1 framing, bounded line and header sizes
 * HttpServerKeepAliveHandler  [netty]    persistent connections, Connection: close when the client asks
 * BodyLimitAggregator         [http]     FullHttpRequest, 413 above maxBodyBytes
 * (RequestDeadline's completion)         stops the clock on each whole request
 * ResponseEncoder             [http]     HttpReply → FullHttpResponse (outbound)
 * HttpRouter                  [http]     405/404/415, /info/api.json, extra GET resources, POST / →
 *                                        RpcRequestBody
 * JsonRpcDecoder              [jsonrpc]  RpcRequestBody → JsonRpcRequest, or the reply to an unusable body
 * OrderedDispatcher           [dispatch] answers in request order; plugin calls on the plugin executor
 * </pre>
 */
final class ServerInitializer extends ChannelInitializer<Channel> {

    /**
     * Requests a connection may have decoded but not answered. A read is at most {@link #MAX_READ_BYTES} and
     * reading stops while answers are pending (see {@link OrderedDispatcher}), so even a burst of the smallest
     * possible requests (19 bytes) stays below this; Netty's default of 128 would reset such a client.
     */
    static final int MAX_PIPELINE_DEPTH = 4096;

    /** Largest single read from a connection. */
    static final int MAX_READ_BYTES = 64 * 1024;

    private final RpcServerLimits limits;
    private final ConnectionLimiter limiter;
    private final MethodTable service;
    private final Executor pluginExecutor;
    private final HttpRouter router;
    private final ResponseEncoder encoder = new ResponseEncoder();
    private final JsonRpcDecoder decoder;

    ServerInitializer(RpcServerLimits limits, ConnectionLimiter limiter, MethodTable service, Executor pluginExecutor,
                      Supplier<byte[]> apiJson) {
        this(limits, limiter, service, pluginExecutor, new HttpRouter(apiJson, java.util.Map.of()));
    }

    ServerInitializer(RpcServerLimits limits, ConnectionLimiter limiter, MethodTable service, Executor pluginExecutor,
                      HttpRouter router) {
        this.limits = limits;
        this.limiter = limiter;
        this.service = service;
        this.pluginExecutor = pluginExecutor;
        this.router = router;
        this.decoder = new JsonRpcDecoder(service.secretMask());
    }

    @Override
    protected void initChannel(Channel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("limiter", limiter);
        p.addLast("idle", new IdleStateHandler(limits.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        RequestDeadline deadline = new RequestDeadline(limits.idleTimeout());
        p.addLast("deadline", deadline);
        p.addLast("http", new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(8192)
                .setMaxHeaderSize(limits.maxHeaderBytes())
                .setMaxChunkSize(64 * 1024), MAX_PIPELINE_DEPTH));
        p.addLast("keepAlive", new HttpServerKeepAliveHandler());
        p.addLast("aggregator", new BodyLimitAggregator(limits.maxBodyBytes()));
        p.addLast("deadlineMet", deadline.completion());
        p.addLast("replyEncoder", encoder);
        p.addLast("router", router);
        p.addLast("jsonRpcDecoder", decoder);
        p.addLast("dispatcher", new OrderedDispatcher(service, pluginExecutor));
    }
}
