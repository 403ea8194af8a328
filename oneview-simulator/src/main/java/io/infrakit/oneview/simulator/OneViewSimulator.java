package io.infrakit.oneview.simulator;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An HPE OneView appliance simulator: a real HTTP(S) server that behaves like an appliance on the subset of the REST
 * API that {@code oneview-client} and the InfraKit plugin use (sessions, templates, profiles, server hardware,
 * hardware types, enclosure groups, tasks), with a fault-injection API and request counters.
 *
 * <p>Start one per test; it listens on an ephemeral loopback port and stops on {@link #close()}:
 * <pre>{@code
 * try (OneViewSimulator sim = OneViewSimulator.builder().start()) {
 *     URI base = sim.baseUri();                 // https://127.0.0.1:<port>
 *     SSLContext tls = sim.sslContext();         // trusts the generated self-signed certificate
 *     // log in with sim.userName() / sim.password(), then call the REST API;
 *     // the admin API wants the header "Authorization: Bearer " + sim.adminToken()
 * }
 * }</pre>
 *
 * <p>The password and the admin token are random, made at each start, unless the builder sets them: another user of
 * the machine can reach the port, but can neither log in nor use the admin API.
 *
 * <p>Thread-safe. All appliance state lives in memory and is lost on close.
 */
public final class OneViewSimulator implements AutoCloseable {

    /**
     * The default user name: {@value}.
     */
    public static final String DEFAULT_USER_NAME = "administrator";
    /**
     * The default lowest supported X-API-Version: {@value}.
     */
    public static final int DEFAULT_MINIMUM_API_VERSION = 120;
    /**
     * The default highest supported X-API-Version: {@value}.
     */
    public static final int DEFAULT_CURRENT_API_VERSION = 2400;
    /**
     * The default largest page a collection GET returns: {@value}.
     */
    public static final int DEFAULT_MAX_PAGE_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(OneViewSimulator.class);

    private final SimulatorConfig config;
    private final Appliance appliance;
    private final RequestCounters counters;
    private final RestDispatcher dispatcher;
    private final SelfSignedCertificate certificate;
    private final AdminAccess adminAccess;
    private final NettyServer server;
    private final URI baseUri;
    private boolean closed;

    private OneViewSimulator(SimulatorConfig config, AdminAccess adminAccess, int ioThreads) {
        this.config = config;
        this.adminAccess = adminAccess;
        this.appliance = new Appliance(config);
        this.counters = new RequestCounters();
        this.dispatcher = new RestDispatcher(appliance, counters);
        SslContext ssl = null;
        if (config.https()) {
            List<InetAddress> ips = new ArrayList<>();
            ips.add(InetAddress.getLoopbackAddress());
            if (!config.bindAddress().isLoopbackAddress() && !config.bindAddress().isAnyLocalAddress()) {
                ips.add(config.bindAddress());
            }
            certificate = SelfSignedCertificate.generate("OneView Simulator", List.of("localhost"), ips);
            try {
                ssl = SslContextBuilder.forServer(certificate.keyPair().getPrivate(), certificate.certificate()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the TLS context", e);
            }
        } else {
            certificate = null;
        }
        HttpHandler handler = new HttpHandler(dispatcher, new AdminApi(appliance, counters, this::reset),
                adminAccess, appliance.faults, new ResponseWriter(config.clock()));
        try {
            server = new NettyServer(new InetSocketAddress(config.bindAddress(), config.port()), ssl, handler, ioThreads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the simulator", e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + config.bindAddress().getHostAddress() + ":"
                    + config.port() + ": " + e.getMessage(), e);
        }
        String host = config.bindAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress()
                : config.bindAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        baseUri = URI.create((config.https() ? "https" : "http") + "://" + host + ":" + server.port());
        dispatcher.baseUri(baseUri.toString());
        if (!config.bindAddress().isLoopbackAddress()) {
            LOG.warn("the simulator listens on {}, not on loopback: anyone who can reach it can try its password "
                    + "and admin token, and HTTP sends both in clear", config.bindAddress().getHostAddress());
        }
        LOG.info("OneView simulator listening on {} ({} servers, API {}..{})", baseUri,
                config.inventory().populatedServerCount(), config.minimumApiVersion(), config.currentApiVersion());
    }

    /**
     * @return a builder with the defaults: HTTPS, ephemeral loopback port, {@link InventorySpec#defaults()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the base URI, e.g. {@code https://127.0.0.1:40123}, without trailing slash
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * @return the TCP port the simulator listens on
     */
    public int port() {
        return baseUri.getPort();
    }

    /**
     * @return whether the simulator speaks HTTPS
     */
    public boolean isHttps() {
        return config.https();
    }

    /**
     * @return the self-signed server certificate (HTTPS only)
     */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::certificate);
    }

    /**
     * @return the server certificate in PEM form, to hand to clients that take a CA file (HTTPS only)
     */
    public Optional<String> certificatePem() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::certificatePem);
    }

    /**
     * A key store holding only the server certificate as a trusted entry (alias {@code oneview-simulator}).
     *
     * @return an in-memory PKCS12 trust store
     * @throws IllegalStateException if the simulator runs plain HTTP
     */
    public KeyStore trustStore() {
        if (certificate == null) {
            throw new IllegalStateException("the simulator runs plain HTTP: there is no certificate to trust");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("oneview-simulator", certificate.certificate());
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store: " + e.getMessage(), e);
        }
    }

    /**
     * An {@link SSLContext} that trusts the simulator's certificate (and nothing else); hostname verification
     * succeeds for {@code 127.0.0.1}, {@code localhost} and the bind address.
     *
     * @return a new TLS context
     * @throws IllegalStateException if the simulator runs plain HTTP
     */
    public SSLContext sslContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an SSLContext: " + e.getMessage(), e);
        }
    }

    /**
     * @return the user name accepted by {@code POST /rest/login-sessions}
     */
    public String userName() {
        return config.userName();
    }

    /**
     * @return the password accepted by {@code POST /rest/login-sessions}: the builder's, or a random one made at start
     */
    public String password() {
        return config.password();
    }

    /**
     * @return whether the admin API ({@code /admin/...}) answers; when it is off every admin path answers 404
     */
    public boolean isAdminApiEnabled() {
        return adminAccess.enabled();
    }

    /**
     * The token the admin API wants in every request, as {@code Authorization: Bearer <token>}; without it an admin
     * request answers 401. The builder's, or a random one made at start.
     *
     * @return the admin token
     * @throws IllegalStateException when the admin API is off
     */
    public String adminToken() {
        if (!adminAccess.enabled()) {
            throw new IllegalStateException("the admin API of this simulator is off: there is no admin token");
        }
        return adminAccess.tokenOrNull();
    }

    /**
     * @return the lowest supported X-API-Version
     */
    public int minimumApiVersion() {
        return config.minimumApiVersion();
    }

    /**
     * @return the highest supported X-API-Version ({@code currentVersion} of {@code /rest/version})
     */
    public int currentApiVersion() {
        return config.currentApiVersion();
    }

    /**
     * @return how long a server-profile task takes from New to Completed
     */
    public Duration taskDuration() {
        return config.taskDuration();
    }

    /**
     * @return how long a power task takes from New to Completed
     */
    public Duration powerTaskDuration() {
        return config.powerTaskDuration();
    }

    /**
     * @return the clock the simulator runs on
     */
    public Clock clock() {
        return config.clock();
    }

    /**
     * @return the inventory the simulator was generated from
     */
    public InventorySpec inventory() {
        return config.inventory();
    }

    /**
     * @return the fault-injection API
     */
    public Faults faults() {
        return appliance.faults;
    }

    /**
     * @return the per-endpoint request counters
     */
    public RequestCounters counters() {
        return counters;
    }

    /**
     * Takes the oldest recorded REST request, waiting up to {@code timeout} for one to arrive. Requests are recorded
     * as they arrive (up to {@link Builder#recordedRequests(int)} of them; older ones are dropped).
     *
     * @param timeout how long to wait
     * @return the request, or null if none arrived in time
     * @throws InterruptedException if interrupted while waiting
     */
    public RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
        return dispatcher.recorded().poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Scripts an answer that wins over the simulated appliance for matching REST requests; see {@link Expectation}.
     * Active at once: by default it answers the next matching request with an empty 200.
     *
     * @param method an HTTP method
     * @param path   a route template ({@code /rest/tasks/{id}}), a path, or a path with query
     * @return the expectation, to configure
     */
    public Expectation expect(String method, String path) {
        return dispatcher.expect(method, path);
    }

    /** Removes every expectation, used up or not. */
    public void clearExpectations() {
        dispatcher.clearExpectations();
    }

    /** Drops every recorded request. */
    public void clearRecordedRequests() {
        dispatcher.recorded().clear();
    }

    /**
     * @return a snapshot of every server (removed ones included), in inventory order, at the clock's instant
     */
    public List<ServerState> servers() {
        synchronized (appliance) {
            appliance.advance();
            List<ServerState> list = new ArrayList<>(appliance.hardware.size());
            for (Hardware h : appliance.hardware.values()) {
                list.add(h.snapshot());
            }
            return List.copyOf(list);
        }
    }

    /**
     * @return the number of server profiles that exist at the clock's instant
     */
    public int profileCount() {
        synchronized (appliance) {
            appliance.advance();
            return appliance.profiles.size();
        }
    }

    /**
     * Puts the simulator back as it started, for reuse across tests: removes every profile, task, expectation,
     * recorded request and fault ({@link Faults#clear()}), resets the counters, and puts every server back in its
     * generated state (no profile, generated power state, status OK, in its bay). Sessions stay valid and the clock
     * is not touched.
     */
    public void reset() {
        appliance.faults.clear();
        appliance.reset();
        dispatcher.clearExpectations();
        dispatcher.recorded().clear();
        counters.reset();
    }

    /** Stops listening and releases the threads. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        server.close();
        LOG.info("OneView simulator on {} stopped", baseUri);
    }

    @Override
    public String toString() {
        return "OneViewSimulator[" + baseUri + "]";
    }

    /**
     * Configures and starts a {@link OneViewSimulator}. Not thread-safe; every setter returns {@code this}.
     */
    public static final class Builder {

        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private boolean https = true;
        private String userName = DEFAULT_USER_NAME;
        private String password;
        private String adminToken;
        private boolean adminApi = true;
        private Duration sessionIdleTimeout = Duration.ofHours(24);
        private Duration taskDuration = Duration.ofSeconds(2);
        private Duration powerTaskDuration = Duration.ofSeconds(1);
        private int maxPageSize = DEFAULT_MAX_PAGE_SIZE;
        private int minimumApiVersion = DEFAULT_MINIMUM_API_VERSION;
        private int currentApiVersion = DEFAULT_CURRENT_API_VERSION;
        private long seed = 42L;
        private Clock clock = Clock.systemUTC();
        private InventorySpec inventory = InventorySpec.defaults();
        private int recordedRequests = 1000;
        private int ioThreads = 2;
        private int maxSessionsPerClient;

        private Builder() {
        }

        /**
         * @param address the address to listen on; default the loopback address
         * @return this
         */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param port the TCP port, 0 (the default) for an ephemeral one
         * @return this
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param https true (the default) for HTTPS with a generated self-signed certificate, false for HTTP
         * @return this
         */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /**
         * Same as {@code https(false)}.
         * @return this
         */
        public Builder plainHttp() {
            return https(false);
        }

        /**
         * @param userName the accepted user name; default {@value OneViewSimulator#DEFAULT_USER_NAME}
         * @param password the accepted password; default a random one made at start ({@link OneViewSimulator#password()})
         * @return this
         */
        public Builder credentials(String userName, String password) {
            this.userName = requireText(userName, "userName");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * @param token the token the admin API wants ({@code Authorization: Bearer <token>}); default a random one made
         *              at start ({@link OneViewSimulator#adminToken()})
         * @return this
         */
        public Builder adminToken(String token) {
            this.adminToken = requireText(token, "adminToken");
            return this;
        }

        /**
         * @param enabled false to switch the admin API off (every {@code /admin/...} path answers 404); default on,
         *                behind the {@linkplain #adminToken(String) admin token}
         * @return this
         */
        public Builder adminApi(boolean enabled) {
            this.adminApi = enabled;
            return this;
        }

        /**
         * @param timeout how long an unused session stays valid; default 24 h
         * @return this
         */
        public Builder sessionIdleTimeout(Duration timeout) {
            this.sessionIdleTimeout = requirePositive(timeout, "sessionIdleTimeout");
            return this;
        }

        /**
         * @param duration how long a server-profile task runs; default 2 s; zero completes at once
         * @return this
         */
        public Builder taskDuration(Duration duration) {
            this.taskDuration = requireNonNegative(duration, "taskDuration");
            return this;
        }

        /**
         * @param duration how long a power task runs; default 1 s; zero completes at once
         * @return this
         */
        public Builder powerTaskDuration(Duration duration) {
            this.powerTaskDuration = requireNonNegative(duration, "powerTaskDuration");
            return this;
        }

        /**
         * @param size the largest page a collection GET returns, whatever {@code count} asks; default 500
         * @return this
         */
        public Builder maxPageSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("maxPageSize must be 1 or more, got " + size);
            }
            this.maxPageSize = size;
            return this;
        }

        /**
         * @param minimum the lowest accepted X-API-Version; default 120
         * @param current the highest accepted X-API-Version, reported as {@code currentVersion}; default 2400
         * @return this
         */
        public Builder apiVersions(int minimum, int current) {
            if (minimum < 1 || current < minimum) {
                throw new IllegalArgumentException("need 1 <= minimum <= current, got " + minimum + " and " + current);
            }
            this.minimumApiVersion = minimum;
            this.currentApiVersion = current;
            return this;
        }

        /**
         * @param seed the seed of generated ids, initial power states and random faults; default 42
         * @return this
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param clock the clock tasks and sessions run on, e.g. a {@link ManualClock}; default the system clock
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param inventory what to generate; default {@link InventorySpec#defaults()}
         * @return this
         */
        public Builder inventory(InventorySpec inventory) {
            this.inventory = Objects.requireNonNull(inventory, "inventory");
            return this;
        }

        /**
         * @param capacity how many requests {@link #takeRequest} can hold (oldest dropped); 0 disables; default 1000
         * @return this
         */
        public Builder recordedRequests(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("recordedRequests must be 0 or more, got " + capacity);
            }
            this.recordedRequests = capacity;
            return this;
        }

        /**
         * @param threads Netty I/O threads; default 2
         * @return this
         */
        public Builder ioThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("ioThreads must be 1 or more, got " + threads);
            }
            this.ioThreads = threads;
            return this;
        }

        /**
         * Limits the live sessions per client address: a login beyond it gets 403
         * {@code AUTHN_SESSION_CLIENT_LIMIT_CROSSED}, to test that clients log out.
         *
         * @param max the limit; 0 (the default) for none
         * @return this
         */
        public Builder maxSessionsPerClient(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxSessionsPerClient must be 0 or more, got " + max);
            }
            this.maxSessionsPerClient = max;
            return this;
        }

        /**
         * Generates the inventory, binds the port and starts serving.
         *
         * @return the running simulator; close it when done
         * @throws IllegalStateException if the port cannot be bound
         */
        public OneViewSimulator start() {
            SimulatorConfig config = new SimulatorConfig(bindAddress, port, https, userName,
                    password != null ? password : RandomTokens.next(32),
                    sessionIdleTimeout, taskDuration, powerTaskDuration, maxPageSize, minimumApiVersion,
                    currentApiVersion, seed, clock, inventory, recordedRequests, maxSessionsPerClient);
            AdminAccess access = !adminApi ? AdminAccess.off()
                    : AdminAccess.token(adminToken != null ? adminToken : RandomTokens.next(32));
            return new OneViewSimulator(config, access, ioThreads);
        }

        private static String requireText(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        private static Duration requireNonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + d);
            }
            return d;
        }

        private static Duration requirePositive(Duration d, String name) {
            requireNonNegative(d, name);
            if (d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
