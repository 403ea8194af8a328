package io.infrakit.oneview.simulator;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The last handler of the pipeline: turns a {@link FullHttpRequest} into an {@link ApiRequest}, routes
 * {@code /admin/...} to the admin API and everything else to the REST dispatcher, and writes the response, after the
 * injected latency if any (scheduled on the event loop, never blocking it). Stateless, so shared. Internal.
 */
@ChannelHandler.Sharable
final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(HttpHandler.class);

    private final RestDispatcher rest;
    private final AdminEndpoints admin;
    private final Faults faults;

    HttpHandler(RestDispatcher rest, AdminEndpoints admin, Faults faults) {
        this.rest = rest;
        this.admin = admin;
        this.faults = faults;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        boolean keepAlive = HttpUtil.isKeepAlive(msg);
        if (!msg.decoderResult().isSuccess()) {
            write(ctx, ApiResponse.error(ApiException.badRequest(ErrorCodes.INVALID_REQUEST,
                    "Malformed HTTP request: " + msg.decoderResult().cause())), false, 0);
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        msg.headers().forEach(e -> headers.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(e.getValue()));
        String clientIp = ctx.channel().remoteAddress() instanceof java.net.InetSocketAddress address
                && address.getAddress() != null ? address.getAddress().getHostAddress() : "unknown";
        ApiRequest request = ApiRequest.of(msg.method().name(), msg.uri(), headers, ByteBufUtil.getBytes(msg.content()),
                clientIp);
        ApiResponse response;
        long delay = 0;
        if (request.path().equals("/admin") || request.path().startsWith("/admin/")) {
            response = admin.handle(request);
        } else {
            response = rest.dispatch(request);
            delay = faults.delayMillis();
        }
        LOG.debug("{} {} -> {}", request.method(), request.uri(), response.status());
        write(ctx, response, keepAlive, delay);
    }

    private static void write(ChannelHandlerContext ctx, ApiResponse response, boolean keepAlive, long delayMillis) {
        ByteBuf content;
        if (response.raw() != null) {
            content = Unpooled.wrappedBuffer(response.raw());
        } else if (response.body() != null) {
            content = Unpooled.wrappedBuffer(Json.bytes(response.body()));
        } else {
            content = Unpooled.EMPTY_BUFFER;
        }
        FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()), content);
        if (response.body() != null || (response.raw() != null && response.raw().length > 0)) {
            http.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json;charset=UTF-8");
        }
        http.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
        http.headers().set(HttpHeaderNames.PRAGMA, "no-cache");
        http.headers().set(HttpHeaderNames.CONTENT_LANGUAGE, "en-us");
        http.headers().set(HttpHeaderNames.SERVER, "OneView-Simulator");
        response.headers().forEach((name, value) -> http.headers().set(name, value));
        HttpUtil.setContentLength(http, content.readableBytes());
        if (keepAlive) {
            http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        Runnable send = () -> {
            if (keepAlive) {
                ctx.writeAndFlush(http);
            } else {
                ctx.writeAndFlush(http).addListener(ChannelFutureListener.CLOSE);
            }
        };
        if (delayMillis > 0) {
            ctx.executor().schedule(send, delayMillis, TimeUnit.MILLISECONDS);
        } else {
            send.run();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection error from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
