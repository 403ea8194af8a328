package io.infrakit.oneview.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.pluginclient.HttpResponse;
import io.infrakit.oneview.pluginclient.PluginConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server's two seams over a real socket: extra GET resources and the call listener. */
@Timeout(20)
class ExtensionPointsSocketTest {

    record Call(String method, RpcListener.Outcome outcome) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger renders = new AtomicInteger();
    private Path dir;
    private RunningRpcServer server;
    private final FakePlugin plugin = new FakePlugin("instance-");

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory(Path.of("/tmp"), "rpc");
        server = RpcServer.builder()
                .socket(dir.resolve("p.sock"))
                .plugin(plugin)
                .listener((method, outcome, elapsed) -> {
                    assertThat(elapsed.isNegative()).isFalse();
                    calls.add(new Call(method, outcome));
                })
                .resource("/metrics", new HttpResource("text/plain; version=0.0.4; charset=utf-8",
                        () -> ("renders " + renders.incrementAndGet() + "\n").getBytes(StandardCharsets.UTF_8)))
                .resource("/broken", new HttpResource("text/plain", () -> {
                    throw new IllegalStateException("boom");
                }))
                .build()
                .start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown(Duration.ofSeconds(5));
        Files.deleteIfExists(dir);
    }

    private HttpResponse exchange(String raw) throws IOException {
        try (PluginConnection c = PluginConnection.open(server.socket())) {
            c.send(raw);
            return c.read();
        }
    }

    private String call(String json) throws IOException {
        try (PluginConnection c = PluginConnection.open(server.socket())) {
            return Wire.call(c, json);
        }
    }

    @Test
    void anExtraResourceIsRenderedPerGetWithItsContentType() throws IOException {
        HttpResponse first = exchange("GET /metrics HTTP/1.1\r\nHost: h\r\n\r\n");
        HttpResponse second = exchange("GET /metrics?x=1 HTTP/1.1\r\nHost: h\r\n\r\n");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(first.bodyText()).isEqualTo("renders 1\n");
        assertThat(second.bodyText()).isEqualTo("renders 2\n");
    }

    @Test
    void anotherMethodOnAResourceIs405AndAFailingRenderIs500() throws IOException {
        HttpResponse post = exchange("POST /metrics HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.bodyText()).contains("GET method required, received POST");
        assertThat(renders).hasValue(0);
        HttpResponse broken = exchange("GET /broken HTTP/1.1\r\nHost: h\r\n\r\n");
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.bodyText()).doesNotContain("boom");
        assertThat(exchange("GET /info/functions.json HTTP/1.1\r\nHost: h\r\n\r\n").bodyText())
                .isEqualTo("{\"builtin\":[]}");
    }

    @Test
    void infrakitRoutesCannotBeReplaced() {
        HttpResource r = new HttpResource("text/plain", () -> new byte[0]);
        for (String path : List.of("/", "/info/api.json", "/info/functions.json")) {
            assertThatThrownBy(() -> RpcServer.builder().resource(path, r))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> RpcServer.builder().resource("metrics", r))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> RpcServer.builder().resource("/m", r).resource("/m", r))
                .hasMessageContaining("already registered");
    }

    @Test
    void theListenerSeesEveryCallWithABoundedMethodAndItsOutcome() throws IOException {
        call("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}");
        call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Destroy\",\"params\":{\"Instance\":\"nope\"},\"id\":2}");
        call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{},\"id\":3}");
        call("{\"jsonrpc\":\"2.0\",\"method\":\"Evil.x-" + "a".repeat(50) + "\",\"params\":{},\"id\":4}");
        call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Spec\":7},\"id\":5}");
        assertThat(calls).containsExactly(
                new Call("Handshake.Hello", RpcListener.Outcome.OK),
                new Call("Instance.Destroy", RpcListener.Outcome.ERROR),
                new Call("Instance.DescribeInstances", RpcListener.Outcome.OK),
                new Call(RpcListener.UNKNOWN_METHOD, RpcListener.Outcome.BAD_REQUEST),
                new Call("Instance.Provision", RpcListener.Outcome.BAD_REQUEST));
    }
}
