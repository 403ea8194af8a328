package io.infrakit.oneview.metrics;

import java.time.Duration;
import java.util.Locale;

/** Conversions shared by the listeners. */
final class Seconds {

    /** Histogram buckets of calls that take milliseconds to a minute (RPC calls, appliance requests, commits). */
    static final double[] FAST = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    /** Buckets of work that takes seconds to an hour (provisions, appliance tasks). */
    static final double[] SLOW = {0.5, 1, 5, 10, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600};

    private Seconds() {
    }

    static double of(Duration d) {
        return d.toNanos() / 1e9;
    }

    /** An enum constant as a label value: {@code NO_CAPACITY} → {@code no_capacity}. */
    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
