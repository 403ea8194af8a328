package io.infrakit.oneview.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import io.infrakit.oneview.pluginclient.HttpResponse;
import io.infrakit.oneview.pluginclient.PluginConnection;
import io.infrakit.oneview.spi.RawJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;


/** HTTP-level behaviour over a real socket: routes (§1.1 table), response layout, keep-alive, pipelining. */
@Timeout(20)
class HttpSocketTest {

    static ServerFixture fx;

    @BeforeAll
    static void start() throws IOException {
        fx = new ServerFixture();
        fx.plugin.example = RawJson.of("{\"Note\": \"example\", \"n\": 1.50}");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static HttpResponse exchange(String raw) throws IOException {
        try (PluginConnection c = fx.client()) {
            c.send(raw);
            return c.read();
        }
    }

    @Test
    @DisplayName("POST /rpc → 404 '404 page not found'")
    void notFound() throws IOException {
        HttpResponse r = exchange("POST /rpc HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.bodyText()).isEqualTo("404 page not found\n");
        assertThat(r.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    @DisplayName("GET / → 405 'rpc: POST method required, received GET'; PUT likewise")
    void methodNotAllowed() throws IOException {
        HttpResponse r = exchange("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.bodyText()).isEqualTo("rpc: POST method required, received GET");
        assertThat(exchange("PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n").bodyText())
                .isEqualTo("rpc: POST method required, received PUT");
    }

    @Test
    @DisplayName("Content-Type: text/plain → 415; application/json with charset or none → accepted")
    void contentTypes() throws IOException {
        String hello = "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}";
        HttpResponse r = exchange(Wire.post(hello, "text/plain"));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.bodyText()).isEqualTo("rpc: unrecognized Content-Type: text/plain");
        assertThat(exchange(Wire.post(hello, "text/plain; charset=utf-8")).bodyText())
                .isEqualTo("rpc: unrecognized Content-Type: text/plain");
        assertThat(exchange(Wire.post(hello, "application/json; charset=utf-8")).bodyText()).contains("Instance/0.6.1");
        assertThat(exchange(Wire.post(hello, null)).bodyText()).contains("Instance/0.6.1");
    }

    @Test
    @DisplayName("query strings and absolute-form targets route on the path")
    void pathForms() throws IOException {
        String hello = "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}";
        assertThat(exchange("POST /?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: " + hello.length() + "\r\n\r\n" + hello).bodyText())
                .contains("0.6.1");
        assertThat(exchange("POST http://h/ HTTP/1.1\r\nHost: h\r\nContent-Length: " + hello.length() + "\r\n\r\n" + hello).bodyText())
                .contains("0.6.1");
    }

    @Test
    @DisplayName("GET /info/api.json: §1.4 shape with vendor and example properties, no trailing newline")
    void apiJson() throws IOException {
        HttpResponse r = exchange("GET /info/api.json HTTP/1.1\r\nHost: h\r\n\r\n");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        String ex = "{\"Note\":\"example\",\"n\":1.50}";
        String id = "\"1795461351\"";
        assertThat(r.bodyText()).isEqualTo("{\"Vendor\":{\"Name\":\"infrakit-instance-test\",\"Version\":\"0.3.0\",\"Sub\":\"\",\"URL\":\"\"},"
                + "\"Implements\":[{\"Name\":\"Instance\",\"Version\":\"0.6.1\",\"Sub\":\"\"}],"
                + "\"Interfaces\":[{\"Name\":\"Instance\",\"Version\":\"0.6.1\",\"Sub\":\"\",\"Methods\":["
                + "{\"Request\":{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"\",\"Tags\":null,"
                + "\"Properties\":false},\"id\":" + id + "},\"Response\":{\"result\":{\"Type\":\"\",\"Descriptions\":null},\"id\":" + id + "}},"
                + "{\"Request\":{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Destroy\",\"params\":{\"Type\":\"\",\"Instance\":\"\",\"Context\":"
                + "{\"Reason\":\"\"}},\"id\":" + id + "},\"Response\":{\"result\":{\"Type\":\"\",\"OK\":false},\"id\":" + id + "}},"
                + "{\"Request\":{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Label\",\"params\":{\"Type\":\"\",\"Instance\":\"\",\"Labels\":null},"
                + "\"id\":" + id + "},\"Response\":{\"result\":{\"Type\":\"\",\"OK\":false},\"id\":" + id + "}},"
                + "{\"Request\":{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Type\":\"\",\"Spec\":{\"Properties\":" + ex
                + ",\"Tags\":null,\"Init\":\"\",\"LogicalID\":null,\"Attachments\":null}},\"id\":" + id + "},\"Response\":{\"result\":"
                + "{\"Type\":\"\",\"ID\":null},\"id\":" + id + "}},"
                + "{\"Request\":{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":{\"Type\":\"\",\"Properties\":" + ex + "},"
                + "\"id\":" + id + "},\"Response\":{\"result\":{\"Type\":\"\",\"OK\":false},\"id\":" + id + "}}]}]}");
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.bodyText());
        HttpResponse f = exchange("GET /info/functions.json HTTP/1.1\r\nHost: h\r\n\r\n");
        assertThat(f.bodyText()).isEqualTo("{\"builtin\":[]}");
    }

    @Test
    @DisplayName("keep-alive: 200 requests on one connection; headers Date, Content-Length, Content-Type in order")
    void keepAlive() throws IOException {
        try (PluginConnection c = fx.client()) {
            for (int i = 0; i < 200; i++) {
                c.send(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"" + (i % 2 == 0 ? "Handshake.Hello" : "Instance.DescribeInstances")
                        + "\",\"params\":{},\"id\":" + i + "}"));
                HttpResponse r = c.read();
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.headerNames()).containsExactly("Date", "Content-Length", "Content-Type");
                assertThat(r.bodyText()).endsWith("\"id\":" + i + "}\n");
            }
        }
    }

    @Test
    @DisplayName("pipelined requests, fast and slow mixed, are answered in order")
    void pipelining() throws IOException {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            String method = switch (i % 3) {
                case 0 -> "Handshake.Hello";
                case 1 -> "Instance.Provision";
                default -> "Instance.DescribeInstances";
            };
            batch.append(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":{},\"id\":" + i + "}"));
            if (i == 15) {
                batch.append("GET /info/functions.json HTTP/1.1\r\nHost: h\r\n\r\n");
            }
        }
        try (PluginConnection c = fx.client()) {
            c.send(batch.toString());
            for (int i = 0; i < 30; i++) {
                assertThat(c.read().bodyText()).endsWith("\"id\":" + i + "}\n");
                if (i == 15) {
                    assertThat(c.read().bodyText()).isEqualTo("{\"builtin\":[]}");
                }
            }
        }
    }

    @Test
    @DisplayName("a burst of 1000 pipelined requests (Netty's default depth is 128) in one write is answered in full, in order")
    void deepPipelining() throws IOException {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            batch.append(Wire.post("{\"jsonrpc\":\"2.0\",\"method\":\"" + (i % 100 == 0 ? "Instance.Validate" : "Plugin.Implements")
                    + "\",\"params\":{},\"id\":" + i + "}"));
        }
        try (PluginConnection c = fx.client()) {
            // Send from another thread: the server stops reading while its answers are not read.
            java.util.concurrent.CompletableFuture<Void> sent = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    c.send(batch.toString());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (int i = 0; i < 1000; i++) {
                assertThat(c.read().bodyText()).endsWith("\"id\":" + i + "}\n");
            }
            sent.join();
        }
    }

    @Test
    @DisplayName("Connection: close and HTTP/1.0 get one answer, then the server closes")
    void connectionClose() throws IOException {
        String hello = "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}";
        try (PluginConnection c = fx.client()) {
            c.send("POST / HTTP/1.1\r\nHost: h\r\nConnection: close\r\nContent-Length: " + hello.length() + "\r\n\r\n" + hello);
            HttpResponse r = c.read();
            assertThat(r.bodyText()).contains("0.6.1");
            assertThat(r.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(c.awaitServerClose()).isTrue();
        }
        try (PluginConnection c = fx.client()) {
            c.send("POST / HTTP/1.0\r\nContent-Length: " + hello.length() + "\r\n\r\n" + hello);
            assertThat(c.read().bodyText()).contains("0.6.1");
            assertThat(c.awaitServerClose()).isTrue();
        }
    }

    @Test
    @DisplayName("chunked request bodies and Expect: 100-continue work")
    void chunkedAndExpectContinue() throws IOException {
        String hello = "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":1}";
        try (PluginConnection c = fx.client()) {
            c.send("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(10) + "\r\n"
                    + hello.substring(0, 10) + "\r\n" + Integer.toHexString(hello.length() - 10) + "\r\n" + hello.substring(10)
                    + "\r\n0\r\n\r\n");
            assertThat(c.read().bodyText()).contains("0.6.1");
            c.send("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: " + hello.length() + "\r\n\r\n");
            assertThat(c.read().status()).isEqualTo(100);
            c.send(hello);
            assertThat(c.read().bodyText()).contains("0.6.1");
        }
    }

    @Test
    @DisplayName("HttpClient 5 over the Unix socket: JSON-RPC POST and GET /info/api.json, one pooled connection")
    void httpClient5() throws Exception {
        RequestConfig config = RequestConfig.custom().setUnixDomainSocket(fx.socket).build();
        try (CloseableHttpClient client = HttpClients.custom().setDefaultRequestConfig(config).build()) {
            for (int i = 0; i < 3; i++) {
                HttpPost post = new HttpPost("http://h/");
                post.setEntity(new StringEntity("{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":" + i + "}",
                        ContentType.APPLICATION_JSON));
                String body = client.execute(post, response -> {
                    assertThat(response.getCode()).isEqualTo(200);
                    return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                });
                assertThat(body).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Objects\":{\"Instance/0.6.1\":[{\"Name\":\".\","
                        + "\"ProxyFor\":\"\"},{\"Name\":\"compute\",\"ProxyFor\":\"\"}]}},\"id\":" + i + "}\n");
            }
            String api = client.execute(new HttpGet("http://h/info/api.json"),
                    response -> EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
            assertThat(api).startsWith("{\"Vendor\":{\"Name\":\"infrakit-instance-test\"");
        }
    }
}
