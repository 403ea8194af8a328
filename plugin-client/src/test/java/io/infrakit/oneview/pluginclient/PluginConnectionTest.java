package io.infrakit.oneview.pluginclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class PluginConnectionTest {

    private ScriptedPlugin plugin;

    @AfterEach
    void stop() throws IOException {
        plugin.close();
    }

    @Test
    void readsExactResponsesAndPipelinedOnesInOrder() throws IOException {
        plugin = new ScriptedPlugin(body -> ScriptedPlugin.ok("{\"echo\":" + body + "}\n"));
        try (PluginConnection c = PluginConnection.open(plugin.socket)) {
            byte[] one = PluginConnection.goClientPost("1".getBytes(StandardCharsets.UTF_8));
            byte[] two = PluginConnection.goClientPost("22".getBytes(StandardCharsets.UTF_8), null);
            byte[] both = new byte[one.length + two.length];
            System.arraycopy(one, 0, both, 0, one.length);
            System.arraycopy(two, 0, both, one.length, two.length);
            c.send(both);

            HttpResponse first = c.read();
            HttpResponse second = c.read();

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.headerNames()).containsExactly("Date", "Content-Length", "Content-Type");
            assertThat(first.header("content-length")).isEqualTo("11");
            assertThat(first.bodyText()).isEqualTo("{\"echo\":1}\n");
            assertThat(first.raw()).isEqualTo(ScriptedPlugin.ok("{\"echo\":1}\n"));
            assertThat(second.bodyText()).isEqualTo("{\"echo\":22}\n");
            assertThat(plugin.requests.get(1)).doesNotContain("Content-Type");
        }
    }

    @Test
    void theLeanExchangeSkipsBodiesOfAnySize() throws IOException {
        String big = "x".repeat(3 * PluginConnection.MAX_HEAD_BYTES);
        plugin = new ScriptedPlugin(body -> ScriptedPlugin.ok(body.equals("big") ? big : "{}"));
        ByteBuffer bigRequest = ByteBuffer.wrap(PluginConnection.goClientPost("big".getBytes(StandardCharsets.UTF_8)));
        ByteBuffer small = ByteBuffer.allocateDirect(256);
        small.put(PluginConnection.goClientPost("{}".getBytes(StandardCharsets.UTF_8))).flip();
        try (PluginConnection c = PluginConnection.open(plugin.socket)) {
            for (int i = 0; i < 3; i++) {
                assertThat(c.exchangeSkippingBody(bigRequest)).isEqualTo(big.length());
                assertThat(c.exchangeSkippingBody(small)).isEqualTo(2);
            }
            assertThat(small.remaining()).isEqualTo(small.limit());
            assertThat(c.post("{}".getBytes(StandardCharsets.UTF_8)).bodyText()).isEqualTo("{}");
        }
    }

    @Test
    void theLeanExchangeRefusesAnErrorStatus() throws IOException {
        plugin = new ScriptedPlugin(body -> "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\n\r\nbusy");
        try (PluginConnection c = PluginConnection.open(plugin.socket)) {
            assertThatThrownBy(() -> c.exchangeSkippingBody(ByteBuffer.wrap(PluginConnection.goClientPost(new byte[0]))))
                    .hasMessageStartingWith("unexpected response: HTTP/1.1 503");
        }
    }

    @Test
    void aResponseWithoutLengthEndsWithTheConnection() throws IOException {
        plugin = new ScriptedPlugin(body -> "HTTP/1.0 200 OK\r\n\r\nuntil the end" + ScriptedPlugin.THEN_CLOSE);
        try (PluginConnection c = PluginConnection.open(plugin.socket)) {
            c.send(PluginConnection.goClientPost(new byte[0]));
            assertThat(c.read().bodyText()).isEqualTo("until the end");
            assertThat(c.awaitServerClose()).isTrue();
        }
    }

    @Test
    void somethingThatIsNotHttpIsRefused() throws IOException {
        plugin = new ScriptedPlugin(body -> "SSH-2.0-OpenSSH\r\n\r\n");
        try (PluginConnection c = PluginConnection.open(plugin.socket)) {
            assertThatThrownBy(() -> c.post(new byte[0])).hasMessageStartingWith("not an HTTP/1.x response");
        }
    }
}
