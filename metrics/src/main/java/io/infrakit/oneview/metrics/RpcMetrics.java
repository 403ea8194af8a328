package io.infrakit.oneview.metrics;

import io.infrakit.oneview.rpc.RpcListener;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;

/** {@code infrakit_oneview_rpc_*}: every JSON-RPC call by method (a fixed set, see {@link RpcListener}) and outcome. */
final class RpcMetrics implements RpcListener {

    private final Counter requests;
    private final Histogram duration;

    RpcMetrics(PrometheusRegistry registry) {
        requests = Counter.builder().name("infrakit_oneview_rpc_requests_total")
                .help("JSON-RPC calls answered, by method and outcome (ok, error, bad_request, busy)")
                .labelNames("method", "outcome").register(registry);
        duration = Histogram.builder().name("infrakit_oneview_rpc_request_duration_seconds")
                .help("Time from decoding a JSON-RPC call to its reply, by method and outcome")
                .labelNames("method", "outcome").classicOnly().classicUpperBounds(Seconds.FAST).register(registry);
    }

    @Override
    public void callCompleted(String method, Outcome outcome, Duration elapsed) {
        String result = Seconds.label(outcome);
        requests.labelValues(method, result).inc();
        duration.labelValues(method, result).observe(Seconds.of(elapsed));
    }
}
