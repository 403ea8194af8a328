package io.infrakit.oneview.metrics;

import io.infrakit.oneview.engine.InstanceCensus;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code infrakit_oneview_instances{group, state}}: the engine's census, read at each scrape. At most
 * {@value #MAX_GROUPS} groups are reported by name (in name order); the instances of any further group are summed
 * under {@code group="_other"}, and instances without an {@code infrakit.group} tag count under {@code "_none"}.
 */
final class InstanceGauges {

    /** Groups reported by name; more are summed under {@link BoundedLabel#OTHER}. */
    static final int MAX_GROUPS = 50;
    static final String NO_GROUP = "_none";

    private InstanceGauges() {
    }

    static void register(PrometheusRegistry registry, Supplier<List<InstanceCensus>> census) {
        GaugeWithCallback.builder().name("infrakit_oneview_instances")
                .help("Instances in the state by group (the infrakit.group tag) and state: active (reported to"
                        + " InfraKit), non_functional (failed or gone, awaiting replacement), in_flight (provisions"
                        + " journalled and not finished)")
                .labelNames("group", "state")
                .callback(cb -> bounded(census.get()).forEach((group, c) -> {
                    cb.call(c[0], group, "active");
                    cb.call(c[1], group, "non_functional");
                    cb.call(c[2], group, "in_flight");
                }))
                .register(registry);
    }

    /** @return counts (active, non-functional, in flight) by reported group */
    static Map<String, int[]> bounded(List<InstanceCensus> census) {
        Map<String, int[]> out = new TreeMap<>();
        int named = 0;
        for (InstanceCensus c : census) {
            String group = c.group().isEmpty() ? NO_GROUP : c.group();
            if (!group.equals(NO_GROUP) && !out.containsKey(group)) {
                if (named == MAX_GROUPS) {
                    group = BoundedLabel.OTHER;
                } else {
                    named++;
                }
            }
            int[] sum = out.computeIfAbsent(group, g -> new int[3]);
            sum[0] += c.active();
            sum[1] += c.nonFunctional();
            sum[2] += c.inFlight();
        }
        return out;
    }
}
