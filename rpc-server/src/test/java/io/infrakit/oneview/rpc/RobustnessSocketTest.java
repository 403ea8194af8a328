package io.infrakit.oneview.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import io.infrakit.oneview.pluginclient.HttpResponse;
import io.infrakit.oneview.pluginclient.PluginConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;


/** Concurrency, limits, malformed input and shutdown, over a real socket. No sleeps: latches and blocking reads. */
@Timeout(30)
class RobustnessSocketTest {

    private static final String HELLO = "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}";

    private static String provision(String init, int id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Type\":\"\",\"Spec\":{\"Init\":\"" + init
                + "\",\"Tags\":{\"n\":\"" + id + "\"}}},\"id\":" + id + "}";
    }

    @Test
    @DisplayName("24 concurrent provisions on 24 connections all run inside the plugin at once and get unique IDs")
    void concurrentProvisions() throws Exception {
        int n = 24;
        try (ServerFixture fx = new ServerFixture()) {
            fx.plugin.rendezvous = new CountDownLatch(n);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int id = i;
                    results.add(pool.submit(() -> fx.call(provision("", id))));
                }
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    String body = results.get(i).get(20, TimeUnit.SECONDS);
                    assertThat(body).endsWith("\"id\":" + i + "}\n");
                    ids.add(body.replaceAll(".*\"ID\":\"([^\"]+)\".*\\n", "$1"));
                }
                assertThat(ids).hasSize(n);
                assertThat(fx.plugin.maxConcurrent.get()).isEqualTo(n);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    @DisplayName("a slow Provision blocks neither the event loop nor other clients' plugin calls")
    void slowProvisionDoesNotBlockOthers() throws Exception {
        try (ServerFixture fx = new ServerFixture(); PluginConnection slow = fx.client(); PluginConnection other = fx.client()) {
            slow.send(Wire.post(provision("block", 1)));
            assertThat(fx.plugin.blockedStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(Wire.call(other, HELLO)).contains("0.6.1");
            assertThat(Wire.call(other, "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{},\"id\":2}"))
                    .contains("\"Descriptions\":[]");
            assertThat(Wire.call(other, provision("", 3))).contains("\"ID\":\"instance-1\"");
            fx.plugin.release.countDown();
            assertThat(slow.read().bodyText()).contains("\"ID\":\"instance-2\"", "\"id\":1}");
        }
    }

    @Test
    @DisplayName("plugin threads and queue full: the extra call gets a 'server busy' error, the queued one completes")
    void pluginQueueBound() throws Exception {
        RpcServerLimits limits = RpcServerLimits.builder().pluginThreads(1).maxQueuedCalls(1).build();
        try (ServerFixture fx = new ServerFixture(limits, RpcTransport.AUTO);
             PluginConnection a = fx.client(); PluginConnection b = fx.client(); PluginConnection c = fx.client()) {
            a.send(Wire.post(provision("block", 1)));
            assertThat(fx.plugin.blockedStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // One thread is busy; of b and c, whichever arrives first is queued and the other is refused.
            CompletableFuture<String> fb = CompletableFuture.supplyAsync(() -> callUnchecked(b, provision("", 2)));
            CompletableFuture<String> fc = CompletableFuture.supplyAsync(() -> callUnchecked(c, provision("", 3)));
            String first = (String) CompletableFuture.anyOf(fb, fc).get(10, TimeUnit.SECONDS);
            assertThat(first).contains("\"message\":\"server busy: too many plugin calls in progress, try again\"",
                    "\"code\":-32000");
            fx.plugin.release.countDown();
            assertThat(a.read().bodyText()).contains("\"id\":1}");
            String second = (fb.get(10, TimeUnit.SECONDS).equals(first) ? fc : fb).get(10, TimeUnit.SECONDS);
            assertThat(second).contains("\"result\":{\"Type\":\"\",\"ID\":");
        }
    }

    private static String callUnchecked(PluginConnection client, String json) {
        try {
            return Wire.call(client, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("a body over maxBodyBytes gets 413 naming the limit and the connection closes; others unaffected")
    void hugeBody() throws Exception {
        RpcServerLimits limits = RpcServerLimits.builder().maxBodyBytes(1024).build();
        try (ServerFixture fx = new ServerFixture(limits, RpcTransport.AUTO)) {
            try (PluginConnection c = fx.client()) {
                String big = "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":{\"Properties\":\"" + "x".repeat(5000)
                        + "\"},\"id\":1}";
                c.send(Wire.post(big));
                HttpResponse r = c.read();
                assertThat(r.status()).isEqualTo(413);
                assertThat(r.bodyText()).contains("1024 bytes");
                assertThat(c.awaitServerClose()).isTrue();
            }
            try (PluginConnection c = fx.client()) {
                c.send("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n" + "x".repeat(2048) + "\r\n");
                assertThat(c.read().status()).isEqualTo(413);
                assertThat(c.awaitServerClose()).isTrue();
            }
            assertThat(fx.call(HELLO)).contains("0.6.1");
            assertThat(fx.plugin.calls).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GARBAGE\r\n\r\n", "POST / HTTP/1.1\r\nBad Header Line\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n",
            "POST / HTTP/9.9\r\n\r\n", "POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n12345"})
    @DisplayName("header garbage gets 400 and a close; the server keeps serving")
    void headerGarbage(String raw) throws Exception {
        try (ServerFixture fx = new ServerFixture()) {
            try (PluginConnection c = fx.client()) {
                c.send(raw);
                HttpResponse r = c.read();
                assertThat(r.status()).isEqualTo(400);
                assertThat(c.awaitServerClose()).isTrue();
            }
            assertThat(fx.call(HELLO)).contains("0.6.1");
        }
    }

    @Test
    @DisplayName("headers over maxHeaderBytes get 431 and a close")
    void hugeHeaders() throws Exception {
        try (ServerFixture fx = new ServerFixture(); PluginConnection c = fx.client()) {
            c.send("POST / HTTP/1.1\r\nHost: h\r\nX-Big: " + "y".repeat(40_000) + "\r\n\r\n");
            assertThat(c.read().status()).isEqualTo(431);
            assertThat(c.awaitServerClose()).isTrue();
        }
    }

    @Test
    @DisplayName("a client that pipelines thousands of requests without reading is throttled, others unaffected")
    void clientThatDoesNotRead() throws Exception {
        try (ServerFixture fx = new ServerFixture(); PluginConnection greedy = fx.client()) {
            for (int i = 0; i < 40; i++) {
                fx.plugin.put("instance-" + i, null, java.util.Map.of("infrakit.group", "cattle", "pad", "p".repeat(1000)), null);
            }
            String describe = Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{},\"id\":7}");
            int n = 400; // about 16 MB of answers
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < n; i++) {
                        greedy.send(describe);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (PluginConnection other = fx.client()) {
                for (int i = 0; i < 5; i++) {
                    assertThat(Wire.call(other, HELLO)).contains("0.6.1");
                }
            }
            for (int i = 0; i < n; i++) {
                assertThat(greedy.read().bodyText()).startsWith("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"Descriptions\":[")
                        .endsWith("\"id\":7}\n");
            }
            sender.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("connect-and-close, truncated bodies and mid-request hang-ups do not disturb the server")
    void abruptClients() throws Exception {
        try (ServerFixture fx = new ServerFixture()) {
            for (int i = 0; i < 50; i++) {
                fx.client().close();
            }
            for (int i = 0; i < 20; i++) {
                try (PluginConnection c = fx.client()) {
                    c.send("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"met");
                }
            }
            try (PluginConnection c = fx.client()) {
                c.send(Wire.post(provision("", 1)));
            }
            try (PluginConnection c = fx.client()) {
                assertThat(Wire.call(c, HELLO)).contains("0.6.1");
            }
        }
    }

    @Test
    @DisplayName("a stalled connection does not block others and is closed after the idle timeout")
    void stalledConnection() throws Exception {
        RpcServerLimits limits = RpcServerLimits.builder().idleTimeout(Duration.ofMillis(1000)).build();
        try (ServerFixture fx = new ServerFixture(limits, RpcTransport.AUTO); PluginConnection stalled = fx.client()) {
            stalled.send("POST / HTTP/1.1\r\nHost: h\r\nContent-Len");
            try (PluginConnection other = fx.client()) {
                for (int i = 0; i < 10; i++) {
                    assertThat(Wire.call(other, HELLO)).contains("0.6.1");
                }
            }
            try (PluginConnection idle = fx.client()) {
                assertThat(Wire.call(idle, HELLO)).contains("0.6.1");
                long start = System.nanoTime();
                assertThat(stalled.awaitServerClose()).isTrue();
                assertThat(idle.awaitServerClose()).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            }
        }
    }

    @Test
    @DisplayName("a long plugin call is not cut by the idle timeout")
    void idleTimeoutSparesRunningCalls() throws Exception {
        RpcServerLimits limits = RpcServerLimits.builder().idleTimeout(Duration.ofMillis(500)).build();
        try (ServerFixture fx = new ServerFixture(limits, RpcTransport.AUTO); PluginConnection slow = fx.client()) {
            slow.send(Wire.post(provision("block", 1)));
            assertThat(fx.plugin.blockedStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // Wait for several idle periods to pass on another connection, which the server closes.
            try (PluginConnection probe = fx.client()) {
                assertThat(probe.awaitServerClose()).isTrue();
            }
            fx.plugin.release.countDown();
            assertThat(slow.read().bodyText()).contains("\"id\":1}");
        }
    }

    @Test
    @DisplayName("connections over maxConnections get 503 and are closed; existing ones keep working")
    void connectionCap() throws Exception {
        RpcServerLimits limits = RpcServerLimits.builder().maxConnections(3).build();
        try (ServerFixture fx = new ServerFixture(limits, RpcTransport.AUTO);
             PluginConnection a = fx.client(); PluginConnection b = fx.client(); PluginConnection c = fx.client()) {
            for (PluginConnection k : List.of(a, b, c)) {
                assertThat(Wire.call(k, HELLO)).contains("0.6.1");
            }
            try (PluginConnection extra = fx.client()) {
                HttpResponse r = extra.read();
                assertThat(r.status()).isEqualTo(503);
                assertThat(r.bodyText()).contains("at most 3");
                assertThat(extra.awaitServerClose()).isTrue();
            }
            assertThat(Wire.call(a, HELLO)).contains("0.6.1");
            assertThat(fx.server.openConnections()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("graceful shutdown: stops accepting, removes the socket, finishes the in-flight call, then stops")
    void gracefulShutdown() throws Exception {
        try (ServerFixture fx = new ServerFixture(); PluginConnection slow = fx.client(); PluginConnection idle = fx.client()) {
            assertThat(Wire.call(idle, HELLO)).contains("0.6.1");
            slow.send(Wire.post(provision("block", 1)));
            assertThat(fx.plugin.blockedStarted.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Boolean> shutdown = CompletableFuture.supplyAsync(() -> fx.server.shutdown(Duration.ofSeconds(10)));
            assertThat(idle.awaitServerClose()).isTrue();
            assertThat(Files.exists(fx.socket)).isFalse();
            assertThat(shutdown).isNotDone();
            fx.plugin.release.countDown();
            HttpResponse r = slow.read();
            assertThat(r.bodyText()).contains("\"ID\":\"instance-1\"");
            assertThat(slow.awaitServerClose()).isTrue();
            assertThat(shutdown.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(fx.server.awaitTermination(Duration.ofSeconds(1))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = RpcTransport.class, names = {"EPOLL", "NIO"})
    @DisplayName("both transports serve the protocol")
    void transports(RpcTransport transport) throws Exception {
        try (ServerFixture fx = new ServerFixture(RpcServerLimits.DEFAULTS, transport); PluginConnection c = fx.client()) {
            assertThat(fx.server.transport()).isEqualTo(transport);
            assertThat(Wire.call(c, HELLO)).contains("0.6.1");
            assertThat(Wire.call(c, provision("", 2))).contains("instance-1");
        }
    }

    @Test
    @DisplayName("start() fails clearly when the socket path is taken or too long")
    void bindFailures() throws Exception {
        try (ServerFixture fx = new ServerFixture()) {
            RpcServer again = RpcServer.builder().socket(fx.socket).plugin(fx.plugin).build();
            org.assertj.core.api.Assertions.assertThatThrownBy(again::start)
                    .isInstanceOf(IOException.class).hasMessageContaining("cannot bind " + fx.socket).hasMessageContaining("already exists");
            RpcServer tooLong = RpcServer.builder().socket(fx.dir.resolve("x".repeat(120))).plugin(fx.plugin).build();
            org.assertj.core.api.Assertions.assertThatThrownBy(tooLong::start)
                    .isInstanceOf(IOException.class).hasMessageContaining("at most 107 bytes");
            assertThat(fx.call(HELLO)).contains("0.6.1");
        }
    }
}
