package io.infrakit.oneview.rpc.internal.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.infrakit.oneview.rpc.HttpResource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes aggregated HTTP requests as InfraKit's gorilla mux and rpc server do:
 *
 * <table>
 * <caption>routes</caption>
 * <tr><th>request</th><th>answer</th></tr>
 * <tr><td>{@code POST /}, Content-Type {@code application/json} (any parameters) or none</td>
 *     <td>the body goes on as {@link RpcRequestBody}</td></tr>
 * <tr><td>{@code POST /} with another Content-Type</td><td>415 {@code rpc: unrecognized Content-Type: X}</td></tr>
 * <tr><td>another method on {@code /}</td><td>405 {@code rpc: POST method required, received GET}</td></tr>
 * <tr><td>{@code /info/api.json}</td><td>200, the plugin self-description</td></tr>
 * <tr><td>{@code /info/functions.json}</td><td>200, {@code {"builtin":[]}}: no template functions</td></tr>
 * <tr><td>{@code GET} of an extra resource's path (e.g. {@code /metrics})</td><td>200, the resource with its
 *     content type; another method 405, a failing render 500</td></tr>
 * <tr><td>any other path</td><td>404 {@code 404 page not found\n}</td></tr>
 * <tr><td>unparsable HTTP</td><td>400 (431 for headers over the limit), then close</td></tr>
 * </table>
 *
 * <p>Answers go on as {@link PlainTextReply}s so that they keep their place among pipelined requests.
 */
@io.netty.channel.ChannelHandler.Sharable
public final class HttpRouter extends SimpleChannelInboundHandler<FullHttpRequest> {

    /** The paths InfraKit's server answers, which an extra resource cannot take. */
    public static final Set<String> INFRAKIT_PATHS = Set.of("/", "/info/api.json", "/info/functions.json");

    private static final Logger LOG = LoggerFactory.getLogger(HttpRouter.class);
    private static final byte[] FUNCTIONS = "{\"builtin\":[]}".getBytes(StandardCharsets.US_ASCII);

    private final Supplier<byte[]> apiJson;
    private final Map<String, HttpResource> resources;

    /**
     * @param apiJson   renders {@code /info/api.json} (rarely asked for, so rendered per request)
     * @param resources extra resources by path, answered to {@code GET}
     */
    public HttpRouter(Supplier<byte[]> apiJson, Map<String, HttpResource> resources) {
        this.apiJson = apiJson;
        this.resources = Map.copyOf(resources);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        ctx.fireChannelRead(route(request));
    }

    Object route(FullHttpRequest request) {
        DecoderResult result = request.decoderResult();
        if (!result.isSuccess()) {
            Throwable cause = result.cause();
            if (cause instanceof TooLongHttpHeaderException) {
                return PlainTextReply.of(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "431 Request Header Fields Too Large", true);
            }
            String what = cause instanceof TooLongFrameException ? "request line too long" : "malformed request";
            return PlainTextReply.of(HttpResponseStatus.BAD_REQUEST, "400 Bad Request: " + what, true);
        }
        if (request.protocolVersion().majorVersion() != 1) {
            return PlainTextReply.of(HttpResponseStatus.BAD_REQUEST, "400 Bad Request: unsupported protocol version", true);
        }
        String path = path(request.uri());
        if ("/".equals(path)) {
            if (!HttpMethod.POST.equals(request.method())) {
                return PlainTextReply.of(HttpResponseStatus.METHOD_NOT_ALLOWED,
                        "rpc: POST method required, received " + request.method().name(), false);
            }
            String contentType = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
            if (contentType != null) {
                int semicolon = contentType.indexOf(';');
                String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
                if (!"application/json".equalsIgnoreCase(mediaType)) {
                    return PlainTextReply.of(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
                            "rpc: unrecognized Content-Type: " + mediaType, false);
                }
            }
            return new RpcRequestBody(ByteBufUtil.getBytes(request.content()));
        }
        if ("/info/api.json".equals(path)) {
            return new PlainTextReply(HttpResponseStatus.OK, apiJson.get(), false);
        }
        if ("/info/functions.json".equals(path)) {
            return new PlainTextReply(HttpResponseStatus.OK, FUNCTIONS, false);
        }
        HttpResource resource = resources.get(path);
        if (resource != null) {
            return serve(request, path, resource);
        }
        return PlainTextReply.of(HttpResponseStatus.NOT_FOUND, "404 page not found\n", false);
    }

    private static Object serve(FullHttpRequest request, String path, HttpResource resource) {
        if (!HttpMethod.GET.equals(request.method())) {
            return PlainTextReply.of(HttpResponseStatus.METHOD_NOT_ALLOWED,
                    path + ": GET method required, received " + request.method().name() + "\n", false);
        }
        byte[] body;
        try {
            body = resource.body().get();
        } catch (RuntimeException e) {
            LOG.error("rendering {} failed", path, e);
            return PlainTextReply.of(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "500 Internal Server Error: " + path + " could not be rendered (details in the plugin log)\n",
                    false);
        }
        return new ResourceReply(body, resource.contentType());
    }

    /** The path of an origin-form or absolute-form request target, without the query. */
    static String path(String uri) {
        String target = uri;
        int scheme = target.indexOf("://");
        if (scheme > 0 && target.indexOf('/') > scheme) {
            int slash = target.indexOf('/', scheme + 3);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}
