package io.infrakit.oneview.pluginclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.DestroyReason;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class PluginClientTest {

    private ScriptedPlugin plugin;
    private PluginClient client;

    private PluginClient start(Function<String, String> script) throws IOException {
        plugin = new ScriptedPlugin(script);
        client = PluginClient.of(plugin.socket);
        return client;
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (plugin != null) {
            plugin.close();
        }
    }

    private static String result(String json) {
        return ScriptedPlugin.ok("{\"jsonrpc\":\"2.0\",\"result\":" + json + ",\"id\":1}\n");
    }

    private String lastBody() {
        String request = plugin.requests.get(plugin.requests.size() - 1);
        return request.substring(request.indexOf("\r\n\r\n") + 4);
    }

    @Test
    void sendsWhatInfraKitsGoClientSends() throws IOException {
        start(body -> result("{\"Type\":\"\",\"OK\":true}"));

        client.validate(RawJson.of("{\"TemplateName\":\"Web\",\"n\":1.50}"));

        String request = plugin.requests.get(0);
        assertThat(request).startsWith("POST / HTTP/1.1\r\nHost: h\r\nUser-Agent: Go-http-client/1.1\r\nContent-Length: ")
                .contains("\r\nContent-Type: application/json\r\nAccept-Encoding: gzip\r\n\r\n");
        assertThat(lastBody()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":"
                + "{\"Type\":\"\",\"Properties\":{\"TemplateName\":\"Web\",\"n\":1.50}},\"id\":1}");
    }

    @Test
    void everyInstanceMethodIsTyped() throws IOException {
        start(body -> {
            if (body.contains("Instance.Provision")) {
                return result("{\"Type\":\"compute\",\"ID\":\"instance-7\"}");
            }
            if (body.contains("Instance.DescribeInstances")) {
                return result("{\"Type\":\"compute\",\"Descriptions\":[{\"ID\":\"instance-7\",\"LogicalID\":null,"
                        + "\"Tags\":{\"a\":\"1\",\"b\":null},\"Properties\":{ \"big\" : 12345678901234567890 }},"
                        + "{\"id\":\"instance-8\",\"logicalid\":\"lid\",\"tags\":{}}]}");
            }
            return result("{\"Type\":\"compute\",\"OK\":true}");
        });
        PluginClient typed = PluginClient.of(plugin.socket, "compute");
        try (typed) {
            String id = typed.provision(new Spec(RawJson.of("{\"x\":1}"), new java.util.TreeMap<>(Map.of("infrakit.group", "g")), "echo",
                    "lid", null));
            assertThat(id).isEqualTo("instance-7");
            assertThat(lastBody()).contains("\"params\":{\"Type\":\"compute\",\"Spec\":{\"Properties\":{\"x\":1},"
                    + "\"Tags\":{\"infrakit.group\":\"g\"},\"Init\":\"echo\",\"LogicalID\":\"lid\",\"Attachments\":null}}");

            typed.label(id, Map.of("tier", "web"));
            assertThat(lastBody()).contains("\"params\":{\"Type\":\"compute\",\"Instance\":\"instance-7\","
                    + "\"Labels\":{\"tier\":\"web\"}}");

            typed.destroy(id, new DestroyContext(DestroyReason.ROLLING_UPDATE));
            assertThat(lastBody()).contains("\"params\":{\"Type\":\"compute\",\"Instance\":\"instance-7\","
                    + "\"Context\":{\"Reason\":\"rolling_update\"}}");

            List<Description> found = typed.describeInstances(Map.of("a", "1"), true);
            assertThat(lastBody()).contains("\"params\":{\"Type\":\"compute\",\"Tags\":{\"a\":\"1\"},\"Properties\":true}");
            assertThat(found).containsExactly(
                    new Description("instance-7", null, new java.util.TreeMap<>(Map.of("a", "1", "b", "")),
                            new RawJson("{\"big\":12345678901234567890}")),
                    new Description("instance-8", "lid", new java.util.TreeMap<>(), null));
        }
    }

    @Test
    void everyHandshakeEra() throws IOException {
        start(body -> {
            if (body.contains("Handshake.Hello")) {
                return result("{\"Objects\":{\"Instance/0.6.1\":[{\"Name\":\".\",\"ProxyFor\":\"\"},"
                        + "{\"Name\":\"compute\",\"ProxyFor\":\"\"}]}}");
            }
            if (body.contains("Handshake.Types")) {
                return result("{\"Types\":{\"Instance/0.5.0\":[\".\",\"compute\"]}}");
            }
            if (body.contains("Plugin.Implements")) {
                return result("{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.1.0\"}]}");
            }
            return result("{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.3.0\",\"Sub\":\"\"},"
                    + "{\"Name\":\"Instance\",\"Version\":\"0.6.0\",\"Sub\":\"\"}]}");
        });

        assertThat(client.hello()).isEqualTo(Map.of("Instance/0.6.1", List.of(".", "compute")));
        assertThat(client.types()).isEqualTo(Map.of("Instance/0.5.0", List.of(".", "compute")));
        assertThat(client.pluginImplements()).containsExactly(new InterfaceSpec("Instance", "0.1.0", ""));
        assertThat(client.handshakeImplements()).extracting(InterfaceSpec::toString)
                .containsExactly("Instance/0.3.0", "Instance/0.6.0");
        assertThat(lastBody()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Implements\",\"params\":{},\"id\":4}");
    }

    @Test
    void errorRepliesCarryTheCodeMessageAndData() throws IOException {
        start(body -> ScriptedPlugin.ok("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"json: cannot "
                + "unmarshal\",\"data\":{ \"Tags\" : 5 }},\"id\":1}\n"));

        assertThatThrownBy(() -> client.call("Instance.DescribeInstances", RawJson.of("{\"Tags\":5}")))
                .isInstanceOfSatisfying(PluginCallException.class, e -> {
                    assertThat(e.code()).isEqualTo(-32600);
                    assertThat(e.getMessage()).isEqualTo("json: cannot unmarshal");
                    assertThat(e.data()).isEqualTo(new RawJson("{\"Tags\":5}"));
                });
    }

    @Test
    void repliesThatAreNotUsableAreReportedAsSuch() throws IOException {
        start(body -> body.contains("Empty") ? ScriptedPlugin.ok("")
                : body.contains("Null") ? ScriptedPlugin.ok("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}")
                : body.contains("Text") ? ScriptedPlugin.ok("{\"error\":\"plain text error\"}")
                : "HTTP/1.1 415 Unsupported Media Type\r\nContent-Length: 5\r\n\r\nnope\n");

        assertThatThrownBy(() -> client.call("A.Empty", RawJson.NULL)).hasMessage("the plugin sent an empty reply to A.Empty");
        assertThatThrownBy(() -> client.call("A.Null", RawJson.NULL)).hasMessageStartingWith("result is null");
        assertThatThrownBy(() -> client.call("A.Text", RawJson.NULL)).hasMessage("\"plain text error\"");
        assertThatThrownBy(() -> client.call("A.Status", RawJson.NULL))
                .hasMessage("the plugin answered A.Status with HTTP 415: nope");
    }

    @Test
    void reusesOneConnectionAndReconnectsWhenThePluginClosedAnIdleOne() throws Exception {
        start(body -> result("{\"OK\":true}"));
        client.call("A.B", RawJson.NULL);
        client.call("A.B", RawJson.NULL);
        assertThat(plugin.connections.get()).isEqualTo(1);

        plugin.script(body -> result("{\"OK\":true}") + ScriptedPlugin.THEN_CLOSE);
        client.call("A.B", RawJson.NULL);
        assertThat(plugin.closedAfterAnswer.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        plugin.script(body -> result("{\"OK\":true}"));

        assertThat(client.call("A.B", RawJson.NULL).json()).isEqualTo("{\"OK\":true}");
        assertThat(plugin.connections.get()).isEqualTo(2);
        assertThat(plugin.requests).hasSize(4);
    }

    @Test
    void aCallThatChangesSomethingIsNeverSentTwiceButADescribeIsRetriedOnce() throws IOException {
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        // every second request on a connection: the plugin reads it and closes without an answer
        start(body -> seen.incrementAndGet() % 2 == 0 ? null : result("{\"Type\":\"\",\"ID\":\"i-1\",\"Descriptions\":[]}"));
        client.hello();

        assertThatThrownBy(() -> client.provision(RawJson.of("{}"))).isInstanceOf(PluginCallException.class)
                .hasMessageContaining("closed the connection without an answer");
        assertThat(plugin.requests).hasSize(2);

        client.hello();
        assertThat(client.describeInstances(Map.of(), false)).isEmpty();
        assertThat(plugin.requests).hasSize(5);
        assertThat(plugin.requests.get(4)).contains("Instance.DescribeInstances");
    }

    @Test
    void anUnreachablePluginIsACallExceptionWithoutACode() {
        PluginClient nowhere = PluginClient.of(Path.of("/tmp/no-such-plugin-socket"));

        assertThatThrownBy(nowhere::hello).isInstanceOfSatisfying(PluginCallException.class,
                e -> assertThat(e.code()).isEqualTo(PluginCallException.NO_REPLY))
                .hasMessageStartingWith("cannot talk to the plugin at /tmp/no-such-plugin-socket");
    }

    @Test
    void aClosedClientRefusesCalls() throws IOException {
        start(body -> result("{}"));
        client.close();

        assertThatThrownBy(() -> client.call("A.B", RawJson.NULL)).hasMessageContaining("is closed");
    }
}
