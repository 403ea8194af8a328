package io.infrakit.oneview.client.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link OneViewTransport}: Apache HttpClient 5 (classic API, pooled connections) to one appliance,
 * with its own retries, redirects, cookies and authentication caching off (the client decides what is retried).
 * Built by {@link #builder()}; thread-safe.
 *
 * <p>TLS: the JVM trust store and host-name verification by default; or exactly the certificates of a PEM bundle
 * (host names still verified); or exactly one certificate by its SHA-256 fingerprint (whatever host it names); or,
 * explicitly, no verification at all.
 *
 * <pre>{@code
 * OneViewTransport transport = ApacheHttpTransport.builder()
 *         .address(ApplianceAddress.parse("https://oneview.example.com"))
 *         .pinnedCertificateSha256("AB:CD:...")
 *         .connectTimeout(Duration.ofSeconds(5))
 *         .build();
 * }</pre>
 */
public final class ApacheHttpTransport implements OneViewTransport {
    private static final Logger LOG = LoggerFactory.getLogger(ApacheHttpTransport.class);

    private final ApplianceAddress address;
    private final CloseableHttpClient client;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApacheHttpTransport(Builder b) {
        this.address = b.address;
        this.description = "ApacheHttpTransport{" + address + ", " + b.tlsDescription() + "}";
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(TlsSupport.strategy(b.caBundle, b.pinnedSha256, b.insecure))
                .setMaxConnTotal(b.maxConnections)
                .setMaxConnPerRoute(b.maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(b.connectTimeout))
                        .setSocketTimeout(Timeout.of(b.readTimeout))
                        // a pooled connection idle for more than a second is checked before reuse, so a
                        // keep-alive connection the appliance closed does not fail a (never retried) POST
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(b.connectionRequestTimeout))
                        .setResponseTimeout(Timeout.of(b.readTimeout))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("infrakit-oneview-client")
                .build();
    }

    /**
     * Normalises a certificate's SHA-256 fingerprint to 64 lower-case hex digits, as
     * {@link Builder#pinnedCertificateSha256} does (for checking a setting before building anything).
     *
     * @param fingerprint hex digits; colons, spaces and case ignored
     * @return the normalised fingerprint
     * @throws IllegalArgumentException when it is not a SHA-256 fingerprint (the message quotes it: fingerprints are
     *                                  public)
     */
    public static String normaliseFingerprint(String fingerprint) {
        return TlsSupport.normaliseFingerprint(Objects.requireNonNull(fingerprint, "sha256"));
    }

    /**
     * Reads a CA bundle as {@link Builder#caBundle} will (for checking a setting before building anything).
     *
     * @param pemFile the PEM file
     * @throws IllegalArgumentException when it cannot be read or holds no certificate (the message says which)
     */
    public static void checkCaBundle(Path pemFile) {
        TlsSupport.fromPem(Objects.requireNonNull(pemFile, "pemFile"));
    }

    /**
     * @return a builder; {@link Builder#address} is required
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new IllegalStateException("The HTTP transport to " + address + " is closed");
        }
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), address.resolve(request.target()));
        for (Map.Entry<String, String> h : request.headers().entries()) {
            http.addHeader(h.getKey(), h.getValue());
        }
        if (request.hasBody()) {
            String type = request.header("Content-Type");
            http.setEntity(new ByteArrayEntity(request.body(), type == null ? null : ContentType.parse(type)));
        }
        return client.execute(http, response -> {
            TransportResponse.Builder answer = TransportResponse.builder(response.getCode());
            for (Header h : response.getHeaders()) {
                answer.header(h.getName(), h.getValue());
            }
            return answer.body(response.getEntity() == null ? null : EntityUtils.toByteArray(response.getEntity()))
                    .build();
        });
    }

    /**
     * Closes the pooled connections (gracefully). Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            client.close(CloseMode.GRACEFUL);
        }
    }

    /**
     * @return the address and the TLS mode
     */
    @Override
    public String toString() {
        return description;
    }

    /**
     * Configures an {@link ApacheHttpTransport}. Not thread-safe; {@link #build()} may be called several times.
     */
    public static final class Builder {
        private ApplianceAddress address;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration connectionRequestTimeout = Duration.ofSeconds(30);
        private int maxConnections = 8;
        private Path caBundle;
        private String pinnedSha256;
        private boolean insecure;

        private Builder() {
        }

        /**
         * The appliance. Required.
         *
         * @param address the address
         * @return this builder
         */
        public Builder address(ApplianceAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Timeout to establish a TCP/TLS connection. Default 10 s.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Timeout waiting for response data (socket read timeout). Default 60 s.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * Timeout waiting for a free pooled connection. Default 30 s.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder connectionRequestTimeout(Duration timeout) {
            this.connectionRequestTimeout = positive(timeout, "connectionRequestTimeout");
            return this;
        }

        /**
         * Size of the connection pool (concurrent requests). Default 8.
         *
         * @param max at least 1
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be >= 1 but was " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /**
         * Trusts exactly the CA or server certificates of a PEM file (one or more {@code BEGIN CERTIFICATE} blocks)
         * instead of the JVM trust store; host names are still verified. Read by {@link #build()}.
         *
         * @param pemFile the PEM file
         * @return this builder
         */
        public Builder caBundle(Path pemFile) {
            this.caBundle = Objects.requireNonNull(pemFile, "pemFile");
            return this;
        }

        /**
         * Trusts exactly the appliance certificate with this SHA-256 fingerprint, whoever issued it and whatever host
         * it names; any other certificate is refused ({@link io.infrakit.oneview.client.error.CertificatePinningException}).
         *
         * @param sha256 64 hex digits; colons, spaces and case ignored
         *               ({@code openssl x509 -noout -fingerprint -sha256} output works)
         * @return this builder
         * @throws IllegalArgumentException when it is not a SHA-256 fingerprint
         */
        public Builder pinnedCertificateSha256(String sha256) {
            this.pinnedSha256 = normaliseFingerprint(sha256);
            return this;
        }

        /**
         * Disables certificate AND host-name verification: anyone on the network path can impersonate the
         * appliance and read the credentials. For labs only; {@link #build()} logs a warning.
         *
         * @return this builder
         */
        public Builder insecureSkipTlsVerification() {
            this.insecure = true;
            return this;
        }

        /**
         * Builds the transport (no network I/O; reads the CA bundle when one is set).
         *
         * @return the transport
         * @throws IllegalStateException    when no address is set, or more than one of CA bundle, pinned certificate
         *                                  and insecure is set
         * @throws IllegalArgumentException when the CA bundle cannot be read or holds no certificate
         */
        public ApacheHttpTransport build() {
            if (address == null) {
                throw new IllegalStateException("The appliance address is required (Builder.address)");
            }
            if ((insecure ? 1 : 0) + (caBundle != null ? 1 : 0) + (pinnedSha256 != null ? 1 : 0) > 1) {
                throw new IllegalStateException("Choose one of caBundle(), pinnedCertificateSha256() and"
                        + " insecureSkipTlsVerification()");
            }
            if (insecure && address.isHttps()) {
                LOG.warn("TLS certificate and host-name verification are DISABLED for {}: anyone on the network"
                        + " path can impersonate the appliance and read the credentials", address);
            }
            return new ApacheHttpTransport(this);
        }

        private String tlsDescription() {
            if (!address.isHttps()) {
                return "plain HTTP to this machine";
            }
            return insecure ? "INSECURE TLS" : caBundle != null ? "CA bundle " + caBundle
                    : pinnedSha256 != null ? "pinned certificate sha256 " + pinnedSha256 : "JVM trust store";
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive but was " + d);
            }
            return d;
        }
    }
}
