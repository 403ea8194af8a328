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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/** Every error shape of §1.2 and id handling, over a real socket. */
@Timeout(20)
class ErrorShapesSocketTest {

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
    @DisplayName("unknown method: -32000 rpc: can't find method, HTTP 200")
    void unknownMethod() throws IOException {
        try (PluginConnection c = fx.client()) {
            c.send(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Foo\",\"params\":{},\"id\":42}"));
            HttpResponse r = c.read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.bodyText()).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"rpc: can't find method "
                    + "\\\"Instance.Foo\\\"\",\"data\":null},\"id\":42}\n");
        }
    }

    @Test
    @DisplayName("unknown service: -32000 rpc: can't find service naming the whole method")
    void unknownService() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Foo.Bar\",\"params\":{},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"rpc: can't find service \\\"Foo.Bar\\\"\","
                        + "\"data\":null},\"id\":1}\n");
    }

    @Test
    @DisplayName("ill-formed method names: no dot, two dots, empty")
    void illFormedMethod() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Hello\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"rpc: service/method request ill-formed: "
                        + "\\\"Hello\\\"\",\"data\":null},\"id\":1}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"a.b.c\",\"id\":1}")).contains("ill-formed: \\\"a.b.c\\\"");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"id\":1}")).contains("ill-formed: \\\"\\\"");
    }

    @Test
    @DisplayName("jsonrpc missing: -32600 jsonrpc must be 2.0, data echoes the parsed request")
    void jsonrpcMissing() throws IOException {
        assertThat(fx.call("{\"method\":\"Handshake.Hello\",\"params\":{},\"id\":10}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"jsonrpc must be 2.0\",\"data\":"
                        + "{\"jsonrpc\":\"\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":10}},\"id\":10}\n");
    }

    @Test
    @DisplayName("jsonrpc wrong: -32600; params missing echo as null")
    void jsonrpcWrong() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"1.0\",\"method\":\"Handshake.Hello\",\"id\":\"x\"}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"jsonrpc must be 2.0\",\"data\":"
                        + "{\"jsonrpc\":\"1.0\",\"method\":\"Handshake.Hello\",\"params\":null,\"id\":\"x\"}},\"id\":\"x\"}\n");
    }

    @Test
    @DisplayName("params of the wrong type: -32600 with Go's message and the params as data")
    void wrongParamTypes() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Tags\":5},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"json: cannot unmarshal object into Go value "
                        + "of type [1]interface {}\",\"data\":{\"Tags\":5}},\"id\":1}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":\"spec\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"json: cannot unmarshal string into Go value "
                        + "of type [1]interface {}\",\"data\":\"spec\"},\"id\":2}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Destroy\",\"params\":[{\"Instance\":7}],\"id\":3}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"json: cannot unmarshal number into Go struct "
                        + "field DestroyRequest.Instance of type instance.ID\",\"data\":[{\"Instance\":7}]},\"id\":3}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Spec\":{\"Tags\":{\"a\":1}}},\"id\":4}"))
                .contains("\"code\":-32600");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Properties\":\"yes\"},\"id\":5}"))
                .contains("\"code\":-32600");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":5,\"id\":6}"))
                .contains("\"code\":-32600", "\"data\":5");
        assertThat(fx.plugin.calls).isEmpty();
    }

    @Test
    @DisplayName("an error reply that echoes the request masks the plugin's secret fields")
    void echoesMaskSecrets() throws IOException {
        String secret = "{\"OneView\":{\"OneViewPassword\":\"hunter2\",\"OneViewUsername\":\"admin\"}}";
        String masked = "{\"OneView\":{\"OneViewPassword\":\"REDACTED\",\"OneViewUsername\":\"admin\"}}";
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Spec\":{\"Properties\":"
                + secret + ",\"Tags\":5}},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"json: cannot unmarshal object into Go "
                        + "value of type [1]interface {}\",\"data\":{\"Spec\":{\"Properties\":" + masked + ",\"Tags\":5}}},"
                        + "\"id\":1}\n");
        assertThat(fx.call("{\"jsonrpc\":\"1.0\",\"method\":\"Instance.Validate\",\"params\":{\"Properties\":" + secret
                + "},\"id\":2}")).contains("\"code\":-32600", masked).doesNotContain("hunter2");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":7,\"params\":[{\"Properties\":" + secret + "}],\"id\":3}"))
                .contains("\"code\":-32700", masked).doesNotContain("hunter2");
    }

    @Test
    @DisplayName("a member of the wrong type in the envelope: -32700 with the envelope as data")
    void envelopeTypeError() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":7,\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"json: cannot unmarshal number into Go struct "
                        + "field serverRequest.method of type string\",\"data\":{\"jsonrpc\":\"2.0\",\"method\":\"\",\"params\":null,\"id\":1}},"
                        + "\"id\":1}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901234567890", "123456789012345678901234567890", "\"abc\"", "-1", "1.50", "0",
            "\"\\u00e9<&>\"", "1e400"})
    @DisplayName("ids are echoed verbatim as the raw token (big, string, odd numbers)")
    void idsEchoed(String id) throws IOException {
        String expectedId = id.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Plugin.Implements\",\"params\":{},\"id\":" + id + "}"))
                .endsWith(",\"id\":" + expectedId + "}\n");
    }

    @Test
    @DisplayName("structured ids come back compacted")
    void structuredId() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Plugin.Implements\",\"params\":{},\"id\":{ \"a\" : [1, \"x y\"] }}"))
                .endsWith(",\"id\":{\"a\":[1,\"x y\"]}}\n");
    }

    @Test
    @DisplayName("notifications (id missing or null) get HTTP 200 with an empty body; the call still runs")
    void notifications() throws IOException {
        try (PluginConnection c = fx.client()) {
            c.send(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{}}"));
            HttpResponse r = c.read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Length")).isEqualTo("0");
            assertThat(r.bodyText()).isEmpty();
            c.send(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":{},\"id\":null}"));
            assertThat(c.read().bodyText()).isEmpty();
            c.send(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"Nope.Nope\",\"params\":{}}"));
            assertThat(c.read().bodyText()).isEmpty();
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}")).contains("0.6.1");
        }
        assertThat(fx.plugin.calls).contains("validate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"id\":1", "nonsense", "[]",
            "[{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"id\":1}]", "\"str\"", "42", "null",
            "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"id\":1,}", "{\"id\":1 \"x\":2}", "\u0000\u0001"})
    @DisplayName("malformed JSON, batches and non-objects: HTTP 200 with an empty body, connection kept")
    void malformedBodies(String body) throws IOException {
        try (PluginConnection c = fx.client()) {
            c.send(Wire.post(body));
            HttpResponse r = c.read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Length")).isEqualTo("0");
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":2}")).contains("0.6.1");
        }
    }

    @Test
    @DisplayName("bytes after the first JSON value are ignored, as Go's decoder does")
    void trailingBytesIgnored() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Plugin.Implements\",\"params\":{},\"id\":3} trailing {garbage"))
                .endsWith("\"id\":3}\n");
    }
}
