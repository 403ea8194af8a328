package io.infrakit.oneview.simulator;

/** The {@code status} of a resource (reference §3.5). Internal. */
enum HealthStatus {
    OK("OK"),
    WARNING("Warning"),
    CRITICAL("Critical"),
    DISABLED("Disabled"),
    UNKNOWN("Unknown");

    private final String wire;

    HealthStatus(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }
}
