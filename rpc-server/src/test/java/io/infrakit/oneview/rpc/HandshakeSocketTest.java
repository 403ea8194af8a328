package io.infrakit.oneview.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import io.infrakit.oneview.pluginclient.HttpResponse;
import io.infrakit.oneview.pluginclient.PluginConnection;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;


/** Each InfraKit handshake era, over a real Unix socket, with the exact JSON of the specification (§3.1). */
@Timeout(20)
class HandshakeSocketTest {

    static ServerFixture fx;

    @BeforeAll
    static void start() throws IOException {
        fx = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    @DisplayName("HEAD: Handshake.Hello answers exactly one key, Instance/0.6.1, listing '.' and the typed plugin")
    void hello() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":6012950790211020693}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Objects\":{\"Instance/0.6.1\":[{\"Name\":\".\",\"ProxyFor\":\"\"},"
                        + "{\"Name\":\"compute\",\"ProxyFor\":\"\"}]}},\"id\":6012950790211020693}\n");
    }

    @Test
    @DisplayName("HEAD: the exact response bytes of §1.1 for a server with only a default plugin")
    void helloExactBytesWithoutTypes() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("/tmp"), "rpc");
        java.nio.file.Path socket = dir.resolve("s");
        try (RunningRpcServer server = RpcServer.builder().socket(socket).plugin(new FakePlugin("i-")).build().start();
             PluginConnection c = PluginConnection.open(socket)) {
            assertThat(server.socket()).isEqualTo(socket);
            c.send(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":3830102217637053929}"));
            HttpResponse r = c.read();
            String body = "{\"jsonrpc\":\"2.0\",\"result\":{\"Objects\":{\"Instance/0.6.1\":[{\"Name\":\".\",\"ProxyFor\":\"\"}]}},"
                    + "\"id\":3830102217637053929}\n";
            assertThat(body).hasSize(112);
            assertThat(r.raw()).isEqualTo("HTTP/1.1 200 OK\r\nDate: " + r.header("Date") + "\r\nContent-Length: 112\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body);
            assertThat(r.header("Date")).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        } finally {
            java.nio.file.Files.deleteIfExists(socket);
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    @DisplayName("v0.3 … Nov 2017: Handshake.Implements lists 0.3.0, 0.5.0 and 0.6.0 with Sub \"\"")
    void handshakeImplements() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Implements\",\"params\":{},\"id\":6988196501347614765}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.3.0\",\"Sub\":\"\"},"
                        + "{\"Name\":\"Instance\",\"Version\":\"0.5.0\",\"Sub\":\"\"},"
                        + "{\"Name\":\"Instance\",\"Version\":\"0.6.0\",\"Sub\":\"\"}]},\"id\":6988196501347614765}\n");
    }

    @Test
    @DisplayName("v0.5: Handshake.Types lists the default object and the typed plugin")
    void handshakeTypes() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Types\",\"params\":{},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Types\":{\"Instance/0.5.0\":[\".\",\"compute\"]}},\"id\":1}\n");
    }

    @Test
    @DisplayName("v0.1 / v0.2: Plugin.Implements answers Instance/0.1.0")
    void pluginImplements() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Plugin.Implements\",\"params\":{},\"id\":5577006791947779410}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.1.0\"}]},"
                        + "\"id\":5577006791947779410}\n");
    }

    @Test
    @DisplayName("a v0.2.0-style session: handshake then describe on one kept-alive connection")
    void v020Session() throws IOException {
        try (PluginConnection c = fx.client()) {
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Plugin.Implements\",\"params\":{},\"id\":5577006791947779410}"))
                    .contains("\"Version\":\"0.1.0\"");
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"\","
                    + "\"Tags\":{\"infrakit.group\":\"nothing-here\"}},\"id\":8674665223082153551}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"Descriptions\":[]},\"id\":8674665223082153551}\n");
        }
    }

    @Test
    @DisplayName("handshakes accept params as null, missing, or a one-element array")
    void handshakeParamsForms() throws IOException {
        String expected = "{\"jsonrpc\":\"2.0\",\"result\":{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.1.0\"}]},\"id\":7}\n";
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Plugin.Implements\",\"id\":7}")).isEqualTo(expected);
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Plugin.Implements\",\"params\":null,\"id\":7}")).isEqualTo(expected);
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Plugin.Implements\",\"params\":[{}],\"id\":7}")).isEqualTo(expected);
    }
}
