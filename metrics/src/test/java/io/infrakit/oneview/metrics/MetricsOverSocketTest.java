package io.infrakit.oneview.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.pluginclient.HttpResponse;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.rpc.RpcServer;
import io.infrakit.oneview.rpc.RunningRpcServer;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.store.MemoryStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The plugin's metrics as a scraper sees them on the socket, after calls made over the same socket. */
@Timeout(30)
class MetricsOverSocketTest {

    private static final String PASSWORD = "pw-Zq81-never-shown";

    private final TestProvider provider = new TestProvider();
    private final PluginMetrics metrics = PluginMetrics.create("9.9.9-test");
    private Path dir;
    private ProviderInstancePlugin engine;
    private RunningRpcServer server;
    private PluginClient client;

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory(Path.of("/tmp"), "metrics");
        engine = ProviderInstancePlugin.builder().provider(provider).store(new MemoryStateStore())
                .listener(metrics.engineListener()).build();
        metrics.watch(engine::census);
        server = RpcServer.builder().socket(dir.resolve("p.sock")).plugin(engine)
                .listener(metrics.rpcListener()).resource("/metrics", metrics.resource()).build().start();
        client = PluginClient.of(server.socket());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown(Duration.ofSeconds(5));
        engine.close();
        Files.deleteIfExists(dir);
    }

    private Scrape scrape() {
        HttpResponse r = client.get("/metrics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        return new Scrape(r.bodyText());
    }

    private static Spec spec(String group) {
        return new Spec(RawJson.of("{\"Password\":\"" + PASSWORD + "\",\"Note\":\"x\"}"),
                Tags.copyOf(Map.of("infrakit.group", group, "owner-secret", PASSWORD)), "", null, null);
    }

    @Test
    void theRpcCounterMovesWithACallOverTheSocket() {
        client.hello();
        double before = scrape().value("infrakit_oneview_rpc_requests_total{method=\"Handshake.Hello\",outcome=\"ok\"}");
        client.hello();
        Scrape after = scrape();
        assertThat(before).isEqualTo(1.0);
        assertThat(after.value("infrakit_oneview_rpc_requests_total{method=\"Handshake.Hello\",outcome=\"ok\"}"))
                .isEqualTo(2.0);
        assertThat(after.value("infrakit_oneview_rpc_request_duration_seconds_count{method=\"Handshake.Hello\","
                + "outcome=\"ok\"}")).isEqualTo(2.0);
    }

    @Test
    void everyMetricIsNamedAndLabelledAsDocumented() {
        String a = client.provision(spec("workers"));
        client.provision(spec("workers"));
        client.provision(spec("managers"));
        provider.free = 0;
        assertThatThrownBy(() -> client.provision(spec("workers")));
        client.destroy(a, DestroyContext.TERMINATE);
        assertThatThrownBy(() -> client.destroy("instance-gone", DestroyContext.TERMINATE));
        client.describeInstances(Map.of(), false);

        Scrape s = scrape();
        assertThat(s.value("infrakit_oneview_rpc_requests_total{method=\"Instance.Provision\",outcome=\"ok\"}"))
                .isEqualTo(3.0);
        assertThat(s.value("infrakit_oneview_rpc_requests_total{method=\"Instance.Provision\",outcome=\"error\"}"))
                .isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_provisions_total{result=\"succeeded\"}")).isEqualTo(3.0);
        assertThat(s.value("infrakit_oneview_provisions_total{result=\"no_capacity\"}")).isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_provisions_total{result=\"failed\"}")).isEqualTo(0.0);
        assertThat(s.value("infrakit_oneview_provision_duration_seconds_count{result=\"succeeded\"}")).isEqualTo(3.0);
        assertThat(s.value("infrakit_oneview_destroys_total{result=\"succeeded\"}")).isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_destroys_total{result=\"unknown_instance\"}")).isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_instances{group=\"workers\",state=\"active\"}")).isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_instances{group=\"managers\",state=\"active\"}")).isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_instances{group=\"workers\",state=\"non_functional\"}")).isEqualTo(0.0);
        assertThat(s.value("infrakit_oneview_instances{group=\"workers\",state=\"in_flight\"}")).isEqualTo(0.0);
        assertThat(s.value("infrakit_oneview_state_commits_total{outcome=\"committed\"}")).isGreaterThanOrEqualTo(7.0);
        assertThat(s.value("infrakit_oneview_state_commits_total{outcome=\"failed\"}")).isEqualTo(0.0);
        assertThat(s.value("infrakit_oneview_state_commit_duration_seconds_count")).isGreaterThanOrEqualTo(7.0);
        assertThat(s.value("infrakit_oneview_oneview_logins_total{kind=\"relogin\"}")).isEqualTo(0.0);
        assertThat(s.value("infrakit_oneview_build_info{version=\"9.9.9-test\"}")).isEqualTo(1.0);
        assertThat(s.text()).contains("# TYPE infrakit_oneview_rpc_requests_total counter",
                "# TYPE infrakit_oneview_rpc_request_duration_seconds histogram",
                "# TYPE infrakit_oneview_instances gauge",
                "# HELP infrakit_oneview_provisions_total ",
                "jvm_memory_used_bytes{area=\"heap\"}", "jvm_threads_current ", "process_cpu_seconds_total ");
    }

    @Test
    void noSecretNorInstanceIdReachesTheScrape() {
        String id = client.provision(spec("workers"));
        String text = scrape().text();
        assertThat(text).doesNotContain(PASSWORD).doesNotContain(id).doesNotContain("owner-secret");
    }
}
