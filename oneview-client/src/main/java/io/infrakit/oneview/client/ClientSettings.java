package io.infrakit.oneview.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Validated, immutable configuration of a client (built by {@link OneViewClient.Builder}).
 */
record ClientSettings(URI address, String userName, Secret password, String loginDomain,
                      ApiVersionPolicy versionPolicy, Duration connectTimeout, Duration readTimeout,
                      Duration connectionRequestTimeout, int maxConnections, Path caBundle, boolean insecure,
                      String pinnedSha256,
                      int maxRetries, Duration retryInitialBackoff, Duration retryMaxBackoff,
                      Duration taskTimeout, Duration taskPollInitial, Duration taskPollMax, int maxPages,
                      Clock clock, Sleeper sleeper) {

    @Override
    public String toString() {
        return "ClientSettings{address=" + address + ", user=" + userName + ", loginDomain=" + loginDomain
                + ", apiVersion=" + versionPolicy + ", insecure=" + insecure
                + (pinnedSha256 == null ? "" : ", pinnedSha256=" + pinnedSha256) + "}";
    }

    /**
     * A string that never shows itself.
     */
    static final class Secret {
        private final String value;

        Secret(String value) {
            this.value = value;
        }

        String reveal() {
            return value;
        }

        @Override
        public String toString() {
            return "****";
        }
    }
}
