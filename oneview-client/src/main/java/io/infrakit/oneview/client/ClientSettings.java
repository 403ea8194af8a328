package io.infrakit.oneview.client;

import io.infrakit.oneview.client.transport.ApplianceAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * Validated, immutable configuration of a client above its transport (built by {@link OneViewClient.Builder}).
 */
record ClientSettings(ApplianceAddress address, String userName, Secret password, String loginDomain,
                      ApiVersionPolicy versionPolicy, int maxRetries, Duration retryInitialBackoff,
                      Duration retryMaxBackoff, Duration taskTimeout, Duration taskPollInitial, Duration taskPollMax,
                      int maxPages, Clock clock, Sleeper sleeper, ClientListener listener) {

    @Override
    public String toString() {
        return "ClientSettings{address=" + address + ", user=" + userName + ", loginDomain=" + loginDomain
                + ", apiVersion=" + versionPolicy + "}";
    }
}
