package io.infrakit.oneview.metrics;

import io.infrakit.oneview.client.ClientListener;
import io.infrakit.oneview.client.LoginEvent;
import io.infrakit.oneview.client.RequestEvent;
import io.infrakit.oneview.client.TaskEvent;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;
import java.util.Set;

/**
 * The appliance as the plugin sees it: {@code infrakit_oneview_oneview_*}. Requests by method, path template and
 * status; logins (first or after an expired session); awaited tasks by kind and outcome. Never an appliance
 * address, user name or resource ID.
 */
final class OneViewMetrics implements ClientListener {

    /** Distinct path templates reported before the rest is {@link BoundedLabel#OTHER}. */
    static final int MAX_PATHS = 64;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Counter requests;
    private final Histogram requestDuration;
    private final Counter logins;
    private final Histogram taskDuration;
    private final BoundedLabel paths = new BoundedLabel(MAX_PATHS);

    OneViewMetrics(PrometheusRegistry registry) {
        requests = Counter.builder().name("infrakit_oneview_oneview_requests_total")
                .help("HTTP exchanges with OneView appliances (each retry and login counts), by method, path template"
                        + " and status (none: no answer)")
                .labelNames("method", "path", "status").register(registry);
        requestDuration = Histogram.builder().name("infrakit_oneview_oneview_request_duration_seconds")
                .help("Duration of HTTP exchanges with OneView appliances, by method and path template")
                .labelNames("method", "path").classicOnly().classicUpperBounds(Seconds.FAST).register(registry);
        logins = Counter.builder().name("infrakit_oneview_oneview_logins_total")
                .help("Successful logins to OneView appliances, by kind (initial, relogin: the appliance had"
                        + " rejected the session)")
                .labelNames("kind").register(registry);
        taskDuration = Histogram.builder().name("infrakit_oneview_oneview_task_duration_seconds")
                .help("How long the plugin waited for appliance tasks, by kind (profile_create, profile_update,"
                        + " profile_delete, power, other) and outcome (completed, warning, error, ..., timeout)")
                .labelNames("kind", "outcome").classicOnly().classicUpperBounds(Seconds.SLOW).register(registry);
        logins.labelValues("initial");
        logins.labelValues("relogin");
    }

    @Override
    public void requestCompleted(RequestEvent event) {
        String method = METHODS.contains(event.method()) ? event.method() : BoundedLabel.OTHER;
        String path = paths.of(event.pathTemplate());
        int status = event.status();
        requests.labelValues(method, path, event.answered() && status >= 100 && status <= 599
                ? Integer.toString(status) : "none").inc();
        requestDuration.labelValues(method, path).observe(Seconds.of(event.elapsed()));
    }

    @Override
    public void loggedIn(LoginEvent event) {
        logins.labelValues(event.relogin() ? "relogin" : "initial").inc();
    }

    @Override
    public void taskCompleted(TaskEvent event) {
        String outcome = event.timedOut() ? "timeout" : event.state().value().toLowerCase(Locale.ROOT);
        taskDuration.labelValues(TaskKinds.of(event.method(), event.pathTemplate()), outcome)
                .observe(Seconds.of(event.elapsed()));
    }
}
