package io.infrakit.oneview.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import io.infrakit.oneview.rpc.internal.dispatch.MethodTable;
import io.infrakit.oneview.rpc.internal.dispatch.OrderedDispatcher;
import io.infrakit.oneview.rpc.internal.dispatch.ShutdownEvent;
import io.infrakit.oneview.rpc.internal.dispatch.TypedPlugins;
import io.infrakit.oneview.rpc.internal.http.ConnectionLimiter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The whole per-connection pipeline on an {@link EmbeddedChannel}: no socket, plugin calls queued by hand. */
class PipelineTest {

    private final FakePlugin plugin = new FakePlugin("i-");
    private final Queue<Runnable> pluginTasks = new ArrayDeque<>();
    private final Executor executor = pluginTasks::add;

    private EmbeddedChannel channel(RpcServerLimits limits) {
        TypedPlugins plugins = new TypedPlugins(plugin, Map.of());
        return new EmbeddedChannel(new ServerInitializer(limits,
                new ConnectionLimiter(limits.maxConnections(), new DefaultChannelGroup(GlobalEventExecutor.INSTANCE)),
                new MethodTable(plugins), executor, () -> ApiInfo.render(null, java.util.Optional.empty())));
    }

    private static String drain(EmbeddedChannel ch) {
        StringBuilder out = new StringBuilder();
        Object msg;
        while ((msg = ch.readOutbound()) != null) {
            ByteBuf b = (ByteBuf) msg;
            out.append(b.toString(StandardCharsets.UTF_8));
            b.release();
        }
        return out.toString();
    }

    private static ByteBuf bytes(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.UTF_8);
    }

    @Test
    void handshakeIsAnsweredOnTheEventLoopWithoutThePluginExecutor() {
        EmbeddedChannel ch = channel(RpcServerLimits.DEFAULTS);
        ch.writeInbound(bytes(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}")));
        assertThat(pluginTasks).isEmpty();
        assertThat(drain(ch)).startsWith("HTTP/1.1 200 OK\r\nDate: ").contains("\r\nContent-Length: 94\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\",\"result\":{\"Objects\":{\"Instance/0.6.1\":"
                + "[{\"Name\":\".\",\"ProxyFor\":\"\"}]}},\"id\":1}\n");
        ch.finishAndReleaseAll();
    }

    @Test
    void pluginCallsRunOnTheExecutorAndPipelinedRepliesKeepTheirOrder() {
        EmbeddedChannel ch = channel(RpcServerLimits.DEFAULTS);
        ch.writeInbound(bytes(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{},\"id\":1}")
                + Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":2}")
                + "GET /nope HTTP/1.1\r\n\r\n"));
        assertThat(drain(ch)).isEmpty();
        assertThat(ch.config().isAutoRead()).isTrue();
        assertThat(pluginTasks).hasSize(1);
        pluginTasks.poll().run();
        ch.runPendingTasks();
        String out = drain(ch);
        assertThat(out.indexOf("\"ID\":\"i-1\"")).isPositive().isLessThan(out.indexOf("\"id\":2}"));
        assertThat(out.indexOf("\"id\":2}")).isLessThan(out.indexOf("404 page not found"));
        ch.finishAndReleaseAll();
    }

    @Test
    void manyPipelinedRequestsBehindASlowCallStopReadingUntilDrained() {
        EmbeddedChannel ch = channel(RpcServerLimits.DEFAULTS);
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < OrderedDispatcher.MAX_QUEUED + 4; i++) {
            batch.append(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":{},\"id\":" + i + "}"));
        }
        ch.writeInbound(bytes(batch.toString()));
        assertThat(ch.config().isAutoRead()).isFalse();
        while (!pluginTasks.isEmpty()) {
            pluginTasks.poll().run();
            ch.runPendingTasks();
        }
        String out = drain(ch);
        for (int i = 1; i < OrderedDispatcher.MAX_QUEUED + 4; i++) {
            assertThat(out.indexOf("\"id\":" + (i - 1) + "}")).isLessThan(out.indexOf("\"id\":" + i + "}"));
        }
        assertThat(ch.config().isAutoRead()).isTrue();
        ch.finishAndReleaseAll();
    }

    @Test
    void routingErrors() {
        EmbeddedChannel ch = channel(RpcServerLimits.DEFAULTS);
        ch.writeInbound(bytes("DELETE / HTTP/1.1\r\nContent-Length: 0\r\n\r\n"));
        assertThat(drain(ch)).startsWith("HTTP/1.1 405 Method Not Allowed\r\n").endsWith("rpc: POST method required, received DELETE");
        ch.writeInbound(bytes("POST / HTTP/1.1\r\nContent-Type: application/xml\r\nContent-Length: 0\r\n\r\n"));
        assertThat(drain(ch)).startsWith("HTTP/1.1 415 Unsupported Media Type\r\n").endsWith("rpc: unrecognized Content-Type: application/xml");
        ch.writeInbound(bytes("GET /info/api.json HTTP/1.1\r\n\r\n"));
        assertThat(drain(ch)).startsWith("HTTP/1.1 200 OK\r\n").contains("\r\n\r\n{\"Vendor\":null,\"Implements\":[");
        assertThat(ch.isActive()).isTrue();
        ch.finishAndReleaseAll();
    }

    @Test
    void oversizedBodyGets413AndCloses() {
        EmbeddedChannel ch = channel(RpcServerLimits.builder().maxBodyBytes(16).build());
        ch.writeInbound(bytes("POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n"));
        assertThat(drain(ch)).startsWith("HTTP/1.1 413 Request Entity Too Large\r\n").containsIgnoringCase("Connection: close")
                .endsWith("the body is over the limit of 16 bytes\n");
        assertThat(ch.isActive()).isFalse();
        ch.finishAndReleaseAll();
    }

    @Test
    void anOversizedBodyAnnouncedWithExpectContinueGetsTheSame413AndCloses() {
        EmbeddedChannel ch = channel(RpcServerLimits.builder().maxBodyBytes(16).build());
        ch.writeInbound(bytes("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 99999999\r\n\r\n"));
        assertThat(drain(ch)).startsWith("HTTP/1.1 413 Request Entity Too Large\r\n").containsIgnoringCase("Connection: close")
                .containsIgnoringCase("Date: ").endsWith("the body is over the limit of 16 bytes\n");
        assertThat(ch.isActive()).isFalse();
        ch.finishAndReleaseAll();
    }

    @Test
    void aRequestDrippedSlowerThanTheDeadlineGets408AndClosesThoughTheConnectionIsNeverIdle() {
        EmbeddedChannel ch = channel(RpcServerLimits.builder().idleTimeout(java.time.Duration.ofSeconds(1)).build());
        ch.freezeTime();
        String hello = "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}";
        ch.writeInbound(bytes(Wire.post(hello)));
        ch.advanceTimeBy(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        ch.writeInbound(bytes(Wire.post(hello)));
        ch.advanceTimeBy(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(drain(ch)).contains("0.6.1").doesNotContain("408");
        for (char c : "POST / HTTP/1.1\r\nHost: h\r\n".toCharArray()) {
            if (!ch.isActive()) {
                break;
            }
            ch.writeInbound(bytes(String.valueOf(c)));
            ch.advanceTimeBy(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            ch.runScheduledPendingTasks();
        }
        assertThat(drain(ch)).startsWith("HTTP/1.1 408 Request Timeout\r\n").contains("Connection: close")
                .endsWith("the request did not arrive completely within 1000 ms\n");
        assertThat(ch.isActive()).isFalse();
        ch.finishAndReleaseAll();
    }

    @Test
    void malformedHttpGets400AndCloses() {
        EmbeddedChannel ch = channel(RpcServerLimits.DEFAULTS);
        ch.writeInbound(bytes("NOT HTTP AT ALL\r\n\r\n"));
        assertThat(drain(ch)).startsWith("HTTP/1.1 400 Bad Request\r\n").containsIgnoringCase("Connection: close");
        assertThat(ch.isActive()).isFalse();
        ch.finishAndReleaseAll();
    }

    @Test
    void shutdownEventClosesOnceTheRunningCallIsAnswered() {
        EmbeddedChannel ch = channel(RpcServerLimits.DEFAULTS);
        ch.writeInbound(bytes(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{},\"id\":1}")));
        ch.pipeline().fireUserEventTriggered(ShutdownEvent.INSTANCE);
        assertThat(ch.isActive()).isTrue();
        pluginTasks.poll().run();
        ch.runPendingTasks();
        assertThat(drain(ch)).contains("\"ID\":\"i-1\"");
        assertThat(ch.isActive()).isFalse();
        ch.finishAndReleaseAll();
    }
}
