package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.CertificatePinningException;
import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.client.error.TlsFailure;
import io.infrakit.oneview.client.testing.ExpectServer;
import io.infrakit.oneview.client.testing.FakeTime;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS against a loopback HTTPS server whose self-signed certificate (made by the JDK's keytool) names only
 * IP 127.0.0.1.
 */
class TlsTest {
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    static SSLContext serverTls;
    static Path caPem;
    static String fingerprint;

    ExpectServer server;
    final FakeTime time = new FakeTime();

    @BeforeAll
    static void makeCertificate() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Assumptions.assumeTrue(Files.isExecutable(keytool), "keytool not available");
        Path store = dir.resolve("server.p12");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "ov", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=oneview-test", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass",
                "changeit").redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, STORE_PASSWORD);
        serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(ks.getCertificate("ov").getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        caPem = Files.writeString(dir.resolve("ca.pem"), pem);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(ks.getCertificate("ov").getEncoded());
        StringBuilder colons = new StringBuilder();
        for (byte b : digest) {
            colons.append(colons.length() == 0 ? "" : ":").append(String.format("%02X", b));
        }
        fingerprint = colons.toString(); // openssl's format: AB:CD:...
    }

    @BeforeEach
    void start() {
        server = ExpectServer.startHttps(serverTls);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OneViewClient.Builder builder(String host) {
        return OneViewClient.builder().address("https://" + host + ":" + server.port()).credentials("u", "p")
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5)).clock(time).sleeper(time)
                .maxRetries(0);
    }

    @Test
    void caBundleIsTrusted() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
        try (OneViewClient client = builder("127.0.0.1").caBundle(caPem).build()) {
            assertThat(client.apiVersion()).isEqualTo(800);
        }
        server.verify();
    }

    @Test
    void jvmTrustStoreRejectsASelfSignedApplianceWithoutRetrying() {
        try (OneViewClient client = builder("127.0.0.1").maxRetries(3).build()) {
            assertThatThrownBy(client::apiVersion)
                    .isInstanceOfSatisfying(OneViewConnectionException.class, e -> assertThat(e.tlsFailure())
                            .contains(TlsFailure.UNTRUSTED_CERTIFICATE))
                    .hasMessageStartingWith("GET /rest/version to https://127.0.0.1:" + server.port() + " failed: ")
                    .hasMessageEndingWith(" (TLS verification of the appliance failed, not retried: the certificate"
                            + " is not trusted; trust its CA with caBundle(), or pin the certificate with"
                            + " pinnedCertificateSha256())")
                    .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
        }
        assertThat(server.requests()).isEmpty();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void hostNameIsVerifiedWithACaBundle() {
        try (OneViewClient client = builder("localhost").caBundle(caPem).maxRetries(3).build()) {
            assertThatThrownBy(client::apiVersion)
                    .isInstanceOfSatisfying(OneViewConnectionException.class, e -> assertThat(e.tlsFailure())
                            .contains(TlsFailure.HOST_NAME_MISMATCH))
                    .hasCauseInstanceOf(SSLPeerUnverifiedException.class)
                    .hasMessageContaining("localhost")
                    .hasMessageEndingWith("the certificate does not name the host of the address; use an address"
                            + " whose host the certificate names, or pin the certificate with pinnedCertificateSha256()"
                            + " (a pin trusts that one certificate whatever host it names))");
        }
        assertThat(server.requests()).isEmpty();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void insecureSkipsCertificateAndHostNameVerification() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
        try (OneViewClient client = builder("localhost").insecureSkipTlsVerification().build()) {
            assertThat(client.apiVersion()).isEqualTo(800);
        }
        server.verify();
    }

    @Test
    void pinnedFingerprintIsTrustedWhateverTheHostName() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
        try (OneViewClient client = builder("localhost").pinnedCertificateSha256(fingerprint).build()) {
            assertThat(client.apiVersion()).isEqualTo(800);
        }
        server.verify();
    }

    @Test
    void anotherFingerprintIsRefused() {
        String other = "00".repeat(32);
        try (OneViewClient client = builder("127.0.0.1").pinnedCertificateSha256(other).build()) {
            assertThatThrownBy(client::apiVersion)
                    .isInstanceOfSatisfying(OneViewConnectionException.class, e -> assertThat(e.tlsFailure())
                            .contains(TlsFailure.PINNED_CERTIFICATE_MISMATCH))
                    .hasRootCauseInstanceOf(CertificatePinningException.class)
                    .hasRootCauseMessage("The appliance certificate's SHA-256 fingerprint "
                            + fingerprint.replace(":", "").toLowerCase(java.util.Locale.ROOT)
                            + " does not match the pinned " + other)
                    .hasMessageEndingWith("the certificate is not the pinned one; if the appliance's certificate was"
                            + " replaced, pin the new one)");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void fingerprintsAreValidated() {
        assertThatThrownBy(() -> OneViewClient.builder().pinnedCertificateSha256("AB:CD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a SHA-256 certificate fingerprint (64 hex digits, colons allowed): 'AB:CD'");
        assertThatThrownBy(() -> OneViewClient.builder().address("ov").credentials("u", "p")
                .pinnedCertificateSha256(fingerprint).caBundle(caPem).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Choose one of caBundle(), pinnedCertificateSha256() and insecureSkipTlsVerification()");
    }
}
