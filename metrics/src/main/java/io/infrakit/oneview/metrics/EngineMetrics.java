package io.infrakit.oneview.metrics;

import io.infrakit.oneview.engine.EngineListener;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;

/** Provisions, destroys and state commits: {@code infrakit_oneview_provision*}, {@code _destroy*}, {@code _state_commit*}. */
final class EngineMetrics implements EngineListener {

    private final Counter provisions;
    private final Histogram provisionDuration;
    private final Counter destroys;
    private final Histogram destroyDuration;
    private final Counter commits;
    private final Histogram commitDuration;

    EngineMetrics(PrometheusRegistry registry) {
        provisions = Counter.builder().name("infrakit_oneview_provisions_total")
                .help("Instance.Provision calls, by result (succeeded, invalid, no_capacity, failed)")
                .labelNames("result").register(registry);
        provisionDuration = Histogram.builder().name("infrakit_oneview_provision_duration_seconds")
                .help("How long Instance.Provision took, by result").labelNames("result")
                .classicOnly().classicUpperBounds(Seconds.SLOW).register(registry);
        destroys = Counter.builder().name("infrakit_oneview_destroys_total")
                .help("Instance.Destroy calls, by result (succeeded, unknown_instance, failed)")
                .labelNames("result").register(registry);
        destroyDuration = Histogram.builder().name("infrakit_oneview_destroy_duration_seconds")
                .help("How long Instance.Destroy took, by result").labelNames("result")
                .classicOnly().classicUpperBounds(Seconds.SLOW).register(registry);
        commits = Counter.builder().name("infrakit_oneview_state_commits_total")
                .help("Writes to the state store, by outcome (committed, conflict, failed)")
                .labelNames("outcome").register(registry);
        commitDuration = Histogram.builder().name("infrakit_oneview_state_commit_duration_seconds")
                .help("How long one write to the state store took (fsync or etcd round trip included)")
                .classicOnly().classicUpperBounds(Seconds.FAST).register(registry);
        for (Result r : new Result[] {Result.SUCCEEDED, Result.INVALID, Result.NO_CAPACITY, Result.FAILED}) {
            provisions.labelValues(Seconds.label(r));
        }
        for (Result r : new Result[] {Result.SUCCEEDED, Result.UNKNOWN_INSTANCE, Result.FAILED}) {
            destroys.labelValues(Seconds.label(r));
        }
        for (CommitOutcome o : CommitOutcome.values()) {
            commits.labelValues(Seconds.label(o));
        }
    }

    @Override
    public void provisionFinished(Result result, Duration elapsed) {
        provisions.labelValues(Seconds.label(result)).inc();
        provisionDuration.labelValues(Seconds.label(result)).observe(Seconds.of(elapsed));
    }

    @Override
    public void destroyFinished(Result result, Duration elapsed) {
        destroys.labelValues(Seconds.label(result)).inc();
        destroyDuration.labelValues(Seconds.label(result)).observe(Seconds.of(elapsed));
    }

    @Override
    public void stateCommitted(CommitOutcome outcome, Duration elapsed) {
        commits.labelValues(Seconds.label(outcome)).inc();
        commitDuration.observe(Seconds.of(elapsed));
    }
}
