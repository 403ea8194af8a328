package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.ApiVersionPolicy;
import io.infrakit.oneview.client.ClientListener;
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.spi.InstancePluginException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One long-lived {@link OneViewClient} (one session) per appliance and credentials, shared by every call; the
 * client logs in on first use and again only when the appliance says the session expired. Also remembers, per
 * appliance and user, the latest credentials seen, so that stored machines (which hold no password) can be
 * checked and destroyed. Thread-safe; {@link #close()} logs every session out.
 */
final class ClientPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientPool.class);

    private final ProviderSettings settings;
    private final Optional<ConnectionConfig> defaultConnection;
    private final Map<ConnectionConfig, OneViewClient> clients = new ConcurrentHashMap<>();
    private final Map<ConnectionConfig.ApplianceKey, ConnectionConfig> latest = new ConcurrentHashMap<>();
    private final Map<String, RefusedFilters> refusedFilters = new ConcurrentHashMap<>();
    private final ClientListener listener;
    private volatile boolean closed;

    ClientPool(ProviderSettings settings, Optional<ConnectionConfig> defaultConnection, ClientListener listener) {
        this.settings = settings;
        this.listener = listener;
        this.defaultConnection = defaultConnection;
        defaultConnection.ifPresent(c -> latest.put(c.key(), c));
    }

    /**
     * @param config a connection
     * @return its client (made on first use, without I/O)
     * @throws InstancePluginException when the client cannot be configured (e.g. an unreadable CA bundle)
     */
    OneViewClient client(ConnectionConfig config) {
        if (closed) {
            throw new InstancePluginException("the oneview provider is closed");
        }
        return clients.computeIfAbsent(config, this::build);
    }

    /**
     * Records credentials that the appliance accepted, so that stored machines of that appliance and user use them.
     * Credentials that failed are never recorded: a Validate with a wrong password cannot break the health checks.
     *
     * @param config a connection that just worked
     */
    void remember(ConnectionConfig config) {
        latest.put(config.key(), config);
    }

    /**
     * @param key an appliance and user, as stored in a machine
     * @return the client of the latest credentials seen for it
     * @throws InstancePluginException when no credentials are known for it
     */
    OneViewClient client(ConnectionConfig.ApplianceKey key) {
        ConnectionConfig config = latest.get(key);
        if (config == null) {
            throw new InstancePluginException("no password known for user " + key.username() + " on the OneView"
                    + " appliance " + key.address() + ": set $OV_ADDRESS/$OV_USERNAME/$OV_PASSWORD or the provider"
                    + " settings address, username and password-file (or credentials-file) for it; credentials given"
                    + " only in the group properties are known after the next successful Validate or Provision");
        }
        return clients.computeIfAbsent(config, this::build);
    }

    /**
     * Reads what a health check needs from an appliance, with the client of the latest credentials seen for it.
     *
     * @param key an appliance and user
     * @return the marked profiles and the servers with a profile
     * @throws InstancePluginException when no credentials are known for it
     * @throws io.infrakit.oneview.client.error.OneViewException when a listing fails
     */
    ApplianceSnapshot snapshot(ConnectionConfig.ApplianceKey key) {
        OneViewClient client = client(key);
        return ApplianceSnapshot.read(client, refusedFilters.computeIfAbsent(key.address(), a -> new RefusedFilters()),
                true);
    }

    /** @return the appliances with known credentials (for recovery and rebuilding a state) */
    List<ConnectionConfig.ApplianceKey> knownAppliances() {
        return new ArrayList<>(latest.keySet());
    }

    /** @return the connection of the environment and settings, if complete */
    Optional<ConnectionConfig> defaultConnection() {
        return defaultConnection;
    }

    private OneViewClient build(ConnectionConfig c) {
        OneViewClient.Builder b = OneViewClient.builder()
                .credentials(c.username(), c.password())
                .loginDomain(c.loginDomain())
                .apiVersion(settings.apiVersion() == null ? ApiVersionPolicy.highestCommon()
                        : ApiVersionPolicy.pinned(settings.apiVersion()))
                .maxConnections(settings.maxConnections())
                .taskTimeout(settings.taskTimeout())
                .taskPollInterval(settings.taskPollInterval(), cap(settings.taskPollInterval()))
                .retryBackoff(settings.retryBackoff(), cap(settings.retryBackoff()))
                .listener(listener);
        try {
            b.address(c.appliance());
            if (c.insecure()) {
                b.insecureSkipTlsVerification();
            } else if (c.caBundle() != null) {
                b.caBundle(c.caBundle());
            } else if (c.pinnedSha256() != null) {
                b.pinnedCertificateSha256(c.pinnedSha256());
            }
            OneViewClient client = b.build();
            LOG.info("OneView session for {} (API version policy {}, {})", c.key(),
                    settings.apiVersion() == null ? "highest common" : "pinned " + settings.apiVersion(),
                    c.trustDescription());
            return client;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InstancePluginException("cannot configure the OneView client for " + c.key() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Duration cap(Duration initial) {
        Duration max = initial.multipliedBy(10);
        Duration ceiling = Duration.ofSeconds(10);
        return max.compareTo(ceiling) > 0 ? (initial.compareTo(ceiling) > 0 ? initial : ceiling) : max;
    }

    /** Logs every session out and closes the clients. */
    @Override
    public void close() {
        closed = true;
        for (OneViewClient c : clients.values()) {
            try {
                c.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the OneView session {} failed: {}", c, e.toString());
            }
        }
        clients.clear();
    }
}
