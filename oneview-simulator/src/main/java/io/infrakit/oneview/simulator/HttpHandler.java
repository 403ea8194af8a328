package io.infrakit.oneview.simulator;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last handler of the pipeline: turns a {@link FullHttpRequest} into an {@link ApiRequest}, routes
 * {@code /admin/...} to the admin API (once {@link AdminAccess} lets it in) and everything else to the REST
 * dispatcher, and hands the response to the
 * {@link ResponseWriter}, after the injected latency if any. Stateless, so shared. Internal.
 */
@ChannelHandler.Sharable
final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(HttpHandler.class);

    private final RestDispatcher rest;
    private final AdminApi admin;
    private final AdminAccess adminAccess;
    private final Faults faults;
    private final ResponseWriter writer;

    HttpHandler(RestDispatcher rest, AdminApi admin, AdminAccess adminAccess, Faults faults, ResponseWriter writer) {
        this.rest = rest;
        this.admin = admin;
        this.adminAccess = adminAccess;
        this.faults = faults;
        this.writer = writer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        boolean keepAlive = HttpUtil.isKeepAlive(msg);
        if (!msg.decoderResult().isSuccess()) {
            writer.write(ctx, ApiResponse.error(ApiException.badRequest(ErrorCodes.INVALID_REQUEST,
                    "Malformed HTTP request: " + msg.decoderResult().cause())), false, 0);
            return;
        }
        ApiRequest request = ApiRequest.of(msg.method().name(), msg.uri(), headers(msg),
                ByteBufUtil.getBytes(msg.content()), clientIp(ctx));
        ApiResponse response;
        long delay = 0;
        if (request.path().equals("/admin") || request.path().startsWith("/admin/")) {
            ApiResponse refusal = adminAccess.refusal(request);
            response = refusal != null ? refusal : admin.handle(request, rest.baseUri());
        } else {
            response = rest.dispatch(request);
            delay = faults.delayMillis();
        }
        LOG.debug("{} {} -> {}", request.method(), request.uri(), response.status());
        writer.write(ctx, response, keepAlive, delay);
    }

    private static Map<String, List<String>> headers(FullHttpRequest msg) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        msg.headers().forEach(e -> headers.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(e.getValue()));
        return headers;
    }

    private static String clientIp(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress address && address.getAddress() != null
                ? address.getAddress().getHostAddress() : "unknown";
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection error from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
