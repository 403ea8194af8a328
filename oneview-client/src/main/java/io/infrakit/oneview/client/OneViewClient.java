package io.infrakit.oneview.client;

import io.infrakit.oneview.client.transport.ApacheHttpTransport;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import io.infrakit.oneview.client.transport.OneViewTransport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;

/**
 * A client of one HPE OneView appliance. Built by {@link #builder()}; immutable, thread-safe (share one instance),
 * and {@link AutoCloseable}: {@link #close()} logs out and releases the connections.
 *
 * <p>Requests go through a {@link OneViewTransport}: by default an {@link ApacheHttpTransport} configured by the
 * builder's address, TLS and timeout settings; or any transport given to {@link Builder#transport}.
 *
 * <p>Building does no network I/O. The first call (or an explicit {@link #login()}) reads {@code /rest/version},
 * chooses the API version by the configured {@link ApiVersionPolicy} and logs in. On a 401 the client logs in again
 * once (one login shared by all threads) and repeats the call once.
 *
 * <pre>{@code
 * try (OneViewClient ov = OneViewClient.builder()
 *         .address("https://oneview.example.com")
 *         .credentials("administrator", password)
 *         .build()) {
 *     ov.login();
 *     ServerProfileTemplate template = ov.serverProfileTemplates().findByName("Web Server").orElseThrow();
 *     ...
 * }
 * }</pre>
 */
public final class OneViewClient implements AutoCloseable {
    private final ClientSettings settings;
    private final OneViewTransport transport;
    private final RestEngine engine;
    private final ServerProfileTemplateApi templates;
    private final ServerProfileApi profiles;
    private final ServerHardwareApi hardware;
    private final ServerHardwareTypeApi hardwareTypes;
    private final EnclosureGroupApi enclosureGroups;
    private final TaskApi tasks;
    private final OsDeploymentPlanApi osDeploymentPlans;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OneViewClient(ClientSettings settings, OneViewTransport transport, RetryPolicy retries) {
        this.settings = settings;
        this.transport = transport;
        this.engine = new RestEngine(settings, transport, retries);
        this.templates = new ServerProfileTemplateApiImpl(engine);
        this.profiles = new ServerProfileApiImpl(engine);
        this.hardware = new ServerHardwareApiImpl(engine);
        this.hardwareTypes = new ReadOnlyApis.ServerHardwareTypes(engine);
        this.enclosureGroups = new ReadOnlyApis.EnclosureGroups(engine);
        this.tasks = new ReadOnlyApis.Tasks(engine);
        this.osDeploymentPlans = new ReadOnlyApis.OsDeploymentPlans(engine);
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the appliance's API versions, chooses one and logs in, unless already logged in. Optional: any call
     * does it on first use; calling it first surfaces configuration errors (address, TLS, credentials, version)
     * early.
     *
     * @throws io.infrakit.oneview.client.error.UnauthorizedException when the credentials are refused
     * @throws io.infrakit.oneview.client.error.UnsupportedApiVersionException when no acceptable version is served
     * @throws io.infrakit.oneview.client.error.OneViewConnectionException when the appliance cannot be reached
     */
    public void login() {
        engine.sessions().current();
    }

    /**
     * The API version sent as {@code X-API-Version}; reads {@code /rest/version} first if not done yet.
     *
     * @return the negotiated API version
     */
    public int apiVersion() {
        return engine.sessions().apiVersion();
    }

    /**
     * What the appliance serves; reads {@code /rest/version} first if not done yet.
     *
     * @return the appliance's version range
     */
    public ApplianceVersion applianceVersion() {
        return engine.sessions().applianceVersion();
    }

    /**
     * The retry policy of this client's requests ({@link Builder#maxRetries}, {@link Builder#retryBackoff},
     * {@link Builder#retryJitter}, {@link Builder#sleeper}), for callers that retry whole operations, e.g. a
     * provisioning that moves to another server after an assignment error.
     *
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return engine.retryPolicy();
    }

    /**
     * @return server profile templates
     */
    public ServerProfileTemplateApi serverProfileTemplates() {
        return templates;
    }

    /**
     * @return server profiles
     */
    public ServerProfileApi serverProfiles() {
        return profiles;
    }

    /**
     * @return server hardware
     */
    public ServerHardwareApi serverHardware() {
        return hardware;
    }

    /**
     * @return server hardware types
     */
    public ServerHardwareTypeApi serverHardwareTypes() {
        return hardwareTypes;
    }

    /**
     * @return enclosure groups
     */
    public EnclosureGroupApi enclosureGroups() {
        return enclosureGroups;
    }

    /**
     * @return tasks
     */
    public TaskApi tasks() {
        return tasks;
    }

    /**
     * @return OS deployment plans (HPE Synergy with Image Streamer; API 300 and later)
     */
    public OsDeploymentPlanApi osDeploymentPlans() {
        return osDeploymentPlans;
    }

    /**
     * Logs out ({@code DELETE /rest/login-sessions}) when logged in, then closes the transport. Idempotent;
     * a failed logout is logged, not thrown. Calls made after closing throw
     * {@link io.infrakit.oneview.client.error.OneViewException}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            engine.close();
        }
    }

    /**
     * @return the address, user, version policy and transport (never the password or the session)
     */
    @Override
    public String toString() {
        return "OneViewClient{address=" + settings.address() + ", user=" + settings.userName()
                + (settings.loginDomain() == null ? "" : ", loginDomain=" + settings.loginDomain())
                + ", apiVersionPolicy=" + settings.versionPolicy() + ", transport=" + transport + "}";
    }

    /**
     * Configures a {@link OneViewClient}. Not thread-safe; {@link #build()} may be called several times.
     */
    public static final class Builder {
        private ApplianceAddress address;
        private String userName;
        private Secret password;
        private String loginDomain;
        private ApiVersionPolicy versionPolicy = ApiVersionPolicy.highestCommon();
        private final ApacheHttpTransport.Builder defaultTransport = ApacheHttpTransport.builder();
        private final List<String> defaultTransportSettings = new ArrayList<>();
        private OneViewTransport transport;
        private ClientListener listener = ClientListener.NONE;
        private int maxRetries = 3;
        private Duration retryInitialBackoff = Duration.ofMillis(500);
        private Duration retryMaxBackoff = Duration.ofSeconds(5);
        private Duration taskTimeout = Duration.ofMinutes(60);
        private Duration taskPollInitial = Duration.ofSeconds(1);
        private Duration taskPollMax = Duration.ofSeconds(10);
        private int maxPages = 10_000;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator retryJitter = RetryPolicy.threadLocalRandom();

        private Builder() {
        }

        /**
         * The appliance address: {@code https://host[:port]}, or a bare {@code host[:port]} (HTTPS assumed);
         * {@code http://} only to this machine ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}), see
         * {@link ApplianceAddress}. Required.
         *
         * @param address the address
         * @return this builder
         * @throws IllegalArgumentException for a malformed address, another scheme, a path, query or user info, or
         *                                  plain HTTP to another machine
         */
        public Builder address(String address) {
            return address(ApplianceAddress.parse(address));
        }

        /**
         * The appliance address as a URI ({@code https://host[:port]}).
         *
         * @param address the address
         * @return this builder
         * @throws IllegalArgumentException as for {@link #address(String)}
         */
        public Builder address(URI address) {
            return address(ApplianceAddress.of(address));
        }

        /**
         * The appliance address.
         *
         * @param address the address
         * @return this builder
         */
        public Builder address(ApplianceAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * The login user and password. Required. The password is kept in memory only to log in (again); it never
         * appears in logs, exception messages or {@code toString()}.
         *
         * @param userName the user
         * @param password the password
         * @return this builder
         */
        public Builder credentials(String userName, String password) {
            return credentials(userName, Secret.of(Objects.requireNonNull(password, "password")));
        }

        /**
         * The login user and password, the password already held as a {@link Secret} (so that code passing it on
         * never handles its text). Required (this or {@link #credentials(String, String)}).
         *
         * @param userName the user
         * @param password the password
         * @return this builder
         * @throws IllegalArgumentException when the user name is blank
         */
        public Builder credentials(String userName, Secret password) {
            if (Objects.requireNonNull(userName, "userName").isBlank()) {
                throw new IllegalArgumentException("userName must not be blank");
            }
            this.userName = userName;
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * The directory to log in to ({@code authLoginDomain}). Not sent when not set, so the appliance's default
         * directory is used. Default: not set.
         *
         * @param loginDomain the login domain, or {@code null} to unset
         * @return this builder
         */
        public Builder loginDomain(String loginDomain) {
            this.loginDomain = loginDomain == null || loginDomain.isBlank() ? null : loginDomain;
            return this;
        }

        /**
         * How the API version is chosen. Default: {@link ApiVersionPolicy#highestCommon()}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder apiVersion(ApiVersionPolicy policy) {
            this.versionPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Timeout to establish a TCP/TLS connection. Default 10 s.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            defaultTransport.connectTimeout(timeout);
            return defaultTransportSetting("connectTimeout");
        }

        /**
         * Timeout waiting for response data (socket read timeout). Default 60 s.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            defaultTransport.readTimeout(timeout);
            return defaultTransportSetting("readTimeout");
        }

        /**
         * Timeout waiting for a free pooled connection. Default 30 s.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectionRequestTimeout(Duration timeout) {
            defaultTransport.connectionRequestTimeout(timeout);
            return defaultTransportSetting("connectionRequestTimeout");
        }

        /**
         * Size of the connection pool (concurrent requests). Default 8.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxConnections(int max) {
            defaultTransport.maxConnections(max);
            return defaultTransportSetting("maxConnections");
        }

        /**
         * Trusts exactly the CA or server certificates in a PEM file (one or more
         * {@code -----BEGIN CERTIFICATE-----} blocks) instead of the JVM trust store. Host-name verification stays
         * on. The file is read by {@link #build()}. Cannot be combined with {@link #pinnedCertificateSha256(String)}
         * or {@link #insecureSkipTlsVerification()}. Default: the JVM trust store.
         *
         * @param pemFile the PEM file
         * @return this builder
         */
        public Builder caBundle(Path pemFile) {
            defaultTransport.caBundle(pemFile);
            return defaultTransportSetting("caBundle");
        }

        /**
         * Trusts exactly the appliance certificate with this SHA-256 fingerprint (e.g. the output of
         * {@code openssl x509 -noout -fingerprint -sha256}), whoever issued it and whatever host name it names:
         * the right choice for an appliance's self-signed certificate. Any other certificate is refused. Cannot be
         * combined with {@link #caBundle(Path)} or {@link #insecureSkipTlsVerification()}. Default: not set.
         *
         * @param sha256 64 hex digits, colons and case ignored
         * @return this builder
         * @throws IllegalArgumentException when it is not a SHA-256 fingerprint
         */
        public Builder pinnedCertificateSha256(String sha256) {
            defaultTransport.pinnedCertificateSha256(sha256);
            return defaultTransportSetting("pinnedCertificateSha256");
        }

        /**
         * Disables TLS certificate verification AND host-name verification: anyone on the network path can
         * impersonate the appliance and read the credentials. For labs only; {@link #build()} logs a warning.
         * Cannot be combined with {@link #caBundle(Path)} or {@link #pinnedCertificateSha256(String)}. Default: off.
         *
         * @return this builder
         */
        public Builder insecureSkipTlsVerification() {
            defaultTransport.insecureSkipTlsVerification();
            return defaultTransportSetting("insecureSkipTlsVerification");
        }

        /**
         * Sends every request through this transport instead of the default {@link ApacheHttpTransport}: an
         * {@link io.infrakit.oneview.client.transport.InMemoryTransport}, a transport of your own, or a decorator of
         * another one. The client owns it from then on and closes it in {@link OneViewClient#close()}; give each
         * client its own. The address is still required (it names the appliance in logs and messages); the TLS,
         * timeout and pool settings of this builder belong to the default transport and cannot be combined with
         * this one. Default: an {@link ApacheHttpTransport} built from this builder's settings.
         *
         * @param transport the transport
         * @return this builder
         */
        public Builder transport(OneViewTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Observes every exchange and login (for metrics). Default: {@link ClientListener#NONE}.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(ClientListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        private Builder defaultTransportSetting(String name) {
            if (!defaultTransportSettings.contains(name)) {
                defaultTransportSettings.add(name);
            }
            return this;
        }

        /**
         * Retries of idempotent requests (GET, PUT, DELETE) after a connection failure or an HTTP 409/502/503/504.
         * POSTs are never retried, nor are TLS certificate or host-name verification failures. Default 3 (so at
         * most 4 attempts); 0 disables retries.
         *
         * @param retries at least 0
         * @return this builder
         */
        public Builder maxRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0 but was " + retries);
            }
            this.maxRetries = retries;
            return this;
        }

        /**
         * Backoff between retries: {@code initial}, doubling up to {@code max} (after a 409, a random part of it
         * between half and all, see {@link RetryPolicy}). Default 500 ms up to 5 s.
         *
         * @param initial the first pause (positive)
         * @param max     the longest pause (&gt;= initial)
         * @return this builder
         */
        public Builder retryBackoff(Duration initial, Duration max) {
            this.retryInitialBackoff = positive(initial, "retry initial backoff");
            this.retryMaxBackoff = atLeast(max, initial, "retry max backoff");
            return this;
        }

        /**
         * Default deadline of {@link TaskHandle#await()}. Default 60 min.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder taskTimeout(Duration timeout) {
            this.taskTimeout = positive(timeout, "taskTimeout");
            return this;
        }

        /**
         * Interval between task polls: {@code initial}, doubling up to {@code max}. Default 1 s up to 10 s.
         *
         * @param initial the first interval (positive)
         * @param max     the longest interval (&gt;= initial)
         * @return this builder
         */
        public Builder taskPollInterval(Duration initial, Duration max) {
            this.taskPollInitial = positive(initial, "task poll initial interval");
            this.taskPollMax = atLeast(max, initial, "task poll max interval");
            return this;
        }

        /**
         * Most pages one {@link CollectionApi#stream} may read before failing (guards against paging loops).
         * Default 10000.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxPages(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxPages must be >= 1 but was " + max);
            }
            this.maxPages = max;
            return this;
        }

        /**
         * The clock used for task deadlines. Default: {@link Clock#systemUTC()}. For tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The sleeper used between retries and task polls. Default: {@link Sleeper#system()}. For tests.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The random source of the jitter of retries after a 409 (see {@link RetryPolicy}). Default: the calling
         * thread's {@link java.util.concurrent.ThreadLocalRandom}. For tests; must be thread-safe.
         *
         * @param random the random source, e.g. {@code new Random(42)}
         * @return this builder
         */
        public Builder retryJitter(RandomGenerator random) {
            this.retryJitter = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the client. No network I/O; reads the CA bundle when one is set.
         *
         * @return the client
         * @throws IllegalStateException when the address or credentials are missing, more than one of CA bundle,
         *                               pinned certificate and insecure is set, or settings of the default
         *                               transport are combined with {@link #transport}
         * @throws IllegalArgumentException when the CA bundle cannot be read
         */
        public OneViewClient build() {
            if (address == null) {
                throw new IllegalStateException("The appliance address is required (Builder.address)");
            }
            if (userName == null) {
                throw new IllegalStateException("Credentials are required (Builder.credentials)");
            }
            if (transport != null && !defaultTransportSettings.isEmpty()) {
                throw new IllegalStateException(String.join(", ", defaultTransportSettings) + " configure the default"
                        + " HTTP transport; with transport(...) configure the transport you give instead");
            }
            ClientSettings settings = new ClientSettings(address, userName, password, loginDomain, versionPolicy,
                    maxRetries, retryInitialBackoff, retryMaxBackoff, taskTimeout, taskPollInitial, taskPollMax,
                    maxPages, clock, sleeper, listener);
            RetryPolicy retries = RetryPolicy.of(maxRetries, retryInitialBackoff, retryMaxBackoff, sleeper, retryJitter);
            return new OneViewClient(settings, transport != null ? transport
                    : defaultTransport.address(address).build(), retries);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive but was " + d);
            }
            return d;
        }

        private static Duration atLeast(Duration d, Duration min, String name) {
            positive(d, name);
            if (d.compareTo(min) < 0) {
                throw new IllegalArgumentException(name + " must be >= " + min + " but was " + d);
            }
            return d;
        }
    }
}
