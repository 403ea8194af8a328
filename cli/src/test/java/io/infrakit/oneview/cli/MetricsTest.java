package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.pluginclient.HttpResponse;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugin's metrics as composed by the binary: on its socket, on TCP with --metrics-address, and the flag's errors. */
class MetricsTest {

    private Path root;
    private PluginPaths paths;
    private RunningPlugin plugin;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikm");
        paths = new PluginPaths(root.resolve("home"), root.resolve("plugins"));
    }

    @AfterEach
    void tearDown() throws IOException {
        if (plugin != null) {
            plugin.close();
        }
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theEmbeddedSimulatorsTrafficShowsOnTheSocketAndOnTcpWithoutASecretOrAnInstanceId() throws Exception {
        ServeOptions options = new ServeOptions();
        options.name = "metrics-plugin";
        options.metricsAddress = "127.0.0.1:0";
        plugin = new PluginRunner(options, paths, new PrintStream(new ByteArrayOutputStream()), Map.of()).start();
        String password = plugin.embeddedAppliance().orElseThrow().simulator().password();

        String onSocket;
        String id;
        try (PluginClient client = PluginClient.of(paths.socket("metrics-plugin"))) {
            id = client.provision(RawJson.of("{\"Properties\":{\"TemplateName\":\"Web Server Template\"},"
                    + "\"Tags\":{\"infrakit.group\":\"web\"}}"));
            client.describeInstances(Map.of(), false);
            assertThat(client.get("/metrics").bodyText())
                    .contains("infrakit_oneview_instances{group=\"web\",state=\"active\"} 1");
            client.destroy(id, DestroyContext.TERMINATE);
            HttpResponse r = client.get("/metrics");
            assertThat(r.status()).isEqualTo(200);
            onSocket = r.bodyText();
        }
        assertThat(onSocket).contains(
                "infrakit_oneview_rpc_requests_total{method=\"Instance.Provision\",outcome=\"ok\"} 1.0",
                "infrakit_oneview_provisions_total{result=\"succeeded\"} 1.0",
                "infrakit_oneview_destroys_total{result=\"succeeded\"} 1.0",
                "infrakit_oneview_oneview_requests_total{method=\"POST\",path=\"/rest/login-sessions\",status=\"200\"}",
                "infrakit_oneview_oneview_requests_total{method=\"POST\",path=\"/rest/server-profiles\",status=\"202\"}",
                "infrakit_oneview_oneview_task_duration_seconds_count{kind=\"profile_create\",outcome=\"completed\"} 1",
                "infrakit_oneview_oneview_logins_total{kind=\"initial\"} 1.0",
                "jvm_memory_used_bytes{area=\"heap\"}");
        assertThat(onSocket).doesNotContain(password).doesNotContain(id)
                .doesNotContainPattern("/rest/[a-z-]+/(?!\\{id\\}|available-targets)[^\"/]+");

        String address = plugin.metricsEndpoint().orElseThrow().address().toString();
        assertThat(address).startsWith("127.0.0.1:");
        String onTcp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + address
                + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(onTcp).contains("infrakit_oneview_provisions_total{result=\"succeeded\"} 1.0")
                .doesNotContain(password);
    }

    @Test
    void aTakenPortStopsStartUpWithTheReasonAndLeavesNothingBehind() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ServeOptions options = new ServeOptions();
            options.name = "taken";
            options.provider = "file";
            options.dir = root.resolve("instances");
            options.metricsAddress = "127.0.0.1:" + taken.getLocalPort();
            assertThatThrownBy(() -> new PluginRunner(options, paths, new PrintStream(new ByteArrayOutputStream()),
                    Map.of()).start())
                    .isInstanceOf(StartupException.class)
                    .hasMessage("--metrics-address: cannot serve metrics on 127.0.0.1:" + taken.getLocalPort()
                            + ": the port is taken by another process (Address already in use)");
            assertThat(paths.socket("taken")).doesNotExist();
            assertThat(paths.pidFile("taken")).doesNotExist();
        }
    }

    @Test
    void aMalformedAddressExitsTwoBeforeAnythingIsCreated() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), paths)
                .run(new String[] {"--provider", "file", "--dir", root.resolve("i").toString(), "--metrics-address",
                        "localhost:http"});
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Error: --metrics-address must be HOST:PORT, "
                + "[IPV6]:PORT or PORT (loopback), got 'localhost:http': the port must be a number from 0 to 65535\n");
        assertThat(paths.pluginsDir()).doesNotExist();
    }
}
