package io.infrakit.oneview.simulator;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * The validated settings of one simulator, built by {@link OneViewSimulator.Builder}. Internal.
 */
record SimulatorConfig(InetAddress bindAddress, int port, boolean https, String userName, String password,
                       Duration sessionIdleTimeout, Duration taskDuration, Duration powerTaskDuration, int maxPageSize,
                       int minimumApiVersion, int currentApiVersion, long seed, Clock clock, InventorySpec inventory,
                       int recordedRequestsCapacity, int maxSessionsPerClient) {
}
