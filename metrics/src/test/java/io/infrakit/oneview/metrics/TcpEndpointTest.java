package io.infrakit.oneview.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The TCP endpoint, on loopback only. */
@Timeout(30)
class TcpEndpointTest {

    private final PluginMetrics metrics = PluginMetrics.create("1.0");

    @Test
    void servesTheRegistryOnTcpWithTheCountsOfTheListeners() throws Exception {
        metrics.rpcListener().callCompleted("Instance.Provision", io.infrakit.oneview.rpc.RpcListener.Outcome.OK,
                Duration.ofMillis(5));
        try (MetricsEndpoint endpoint = metrics.serve(new MetricsAddress("127.0.0.1", 0))) {
            assertThat(endpoint.address().port()).isPositive();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://"
                    + endpoint.address() + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
            assertThat(new Scrape(r.body()).value(
                    "infrakit_oneview_rpc_requests_total{method=\"Instance.Provision\",outcome=\"ok\"}")).isEqualTo(1.0);
        }
    }

    @Test
    void aTakenPortIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> metrics.serve(new MetricsAddress("127.0.0.1", taken.getLocalPort())))
                    .isInstanceOf(IOException.class)
                    .hasMessage("cannot serve metrics on 127.0.0.1:" + taken.getLocalPort()
                            + ": the port is taken by another process (Address already in use)");
        }
    }
}
