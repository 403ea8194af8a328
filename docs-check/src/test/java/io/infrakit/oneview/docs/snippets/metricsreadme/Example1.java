package io.infrakit.oneview.docs.snippets.metricsreadme;

// doc:start
import io.infrakit.oneview.metrics.MetricsAddress;
import io.infrakit.oneview.metrics.MetricsEndpoint;
import io.infrakit.oneview.metrics.PluginMetrics;
// doc:end

/** Example 1 of metrics/README.md, compiled here as the document shows it. */
final class Example1 {

    private Example1() {
    }

    static void run() throws Exception {
        // doc:start
        PluginMetrics metrics = PluginMetrics.create("0.1.0");
        metrics.rpcListener().callCompleted("Handshake.Hello", io.infrakit.oneview.rpc.RpcListener.Outcome.OK,
                java.time.Duration.ofMillis(1));
        byte[] text = metrics.scrape(); // the Prometheus text format
        try (MetricsEndpoint endpoint = metrics.serve(MetricsAddress.parse("127.0.0.1:0"))) {
            System.out.println("metrics on http://" + endpoint.address() + "/metrics");
        }
        // doc:end
    }
}
