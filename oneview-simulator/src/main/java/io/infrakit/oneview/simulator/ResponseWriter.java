package io.infrakit.oneview.simulator;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * Writes an {@link ApiResponse} with the headers an appliance sends (reference §6): {@code Date} (from the
 * simulator's clock), {@code Content-Type: application/json;charset=UTF-8}, {@code Cache-Control} and
 * {@code Pragma: no-cache}, {@code Content-Language: en-us}; with a {@code Content-Length}, or, for responses marked
 * {@link ApiResponse#chunked()}, {@code Transfer-Encoding: chunked} in {@value #CHUNK}-byte chunks. A delay is
 * scheduled on the event loop, never blocking it. Internal.
 */
final class ResponseWriter {

    /** Bytes per chunk of a chunked body. */
    static final int CHUNK = 8192;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Clock clock;

    ResponseWriter(Clock clock) {
        this.clock = clock;
    }

    void write(ChannelHandlerContext ctx, ApiResponse response, boolean keepAlive, long delayMillis) {
        Runnable send = () -> send(ctx, response, keepAlive);
        if (delayMillis > 0) {
            ctx.executor().schedule(send, delayMillis, TimeUnit.MILLISECONDS);
        } else {
            send.run();
        }
    }

    private void send(ChannelHandlerContext ctx, ApiResponse response, boolean keepAlive) {
        byte[] body = response.raw() != null ? response.raw()
                : response.body() != null ? Json.bytes(response.body()) : new byte[0];
        HttpResponseStatus status = HttpResponseStatus.valueOf(response.status());
        ChannelFuture last;
        if (response.chunked() && body.length > 0) {
            HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
            headers(head.headers(), response, body.length, keepAlive);
            HttpUtil.setTransferEncodingChunked(head, true);
            ctx.write(head);
            for (int from = 0; from < body.length; from += CHUNK) {
                ByteBuf chunk = Unpooled.wrappedBuffer(body, from, Math.min(CHUNK, body.length - from));
                ctx.write(new DefaultHttpContent(chunk));
            }
            last = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        } else {
            DefaultFullHttpResponse full = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                    Unpooled.wrappedBuffer(body));
            headers(full.headers(), response, body.length, keepAlive);
            HttpUtil.setContentLength(full, body.length);
            last = ctx.writeAndFlush(full);
        }
        if (!keepAlive) {
            last.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void headers(HttpHeaders headers, ApiResponse response, int length, boolean keepAlive) {
        headers.set(HttpHeaderNames.DATE, HTTP_DATE.format(clock.instant()));
        if (length > 0) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json;charset=UTF-8");
        }
        headers.set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
        headers.set(HttpHeaderNames.PRAGMA, "no-cache");
        headers.set(HttpHeaderNames.CONTENT_LANGUAGE, "en-us");
        headers.set(HttpHeaderNames.SERVER, "OneView-Simulator");
        response.headers().forEach(headers::set);
        if (keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
    }
}
