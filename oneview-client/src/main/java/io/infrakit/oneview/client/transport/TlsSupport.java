package io.infrakit.oneview.client.transport;

import io.infrakit.oneview.client.error.CertificatePinningException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;

/**
 * Builds HttpClient's TLS strategy: JVM trust store (default), a PEM CA bundle, a pinned certificate fingerprint, or insecure
 * (no certificate and no host-name verification).
 */
final class TlsSupport {
    private TlsSupport() {
    }

    /**
     * @param caBundle PEM file to trust, or null
     * @param pinned   normalised SHA-256 fingerprint to trust, or null
     * @param insecure trust everything
     */
    static TlsSocketStrategy strategy(Path caBundle, String pinned, boolean insecure) {
        try {
            if (insecure) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {new TrustAll()}, null);
                return new DefaultClientTlsStrategy(context, HostnameVerificationPolicy.CLIENT,
                        NoopHostnameVerifier.INSTANCE);
            }
            if (pinned != null) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {new PinnedCertificate(pinned)}, null);
                return new DefaultClientTlsStrategy(context, HostnameVerificationPolicy.CLIENT,
                        NoopHostnameVerifier.INSTANCE);
            }
            // Host names are checked by HttpClient's verifier only (not also by JSSE during the handshake), so that
            // a mismatch surfaces as SSLPeerUnverifiedException and can be told from an untrusted certificate.
            SSLContext context = caBundle != null ? fromPem(caBundle) : SSLContext.getDefault();
            return new DefaultClientTlsStrategy(context, HostnameVerificationPolicy.CLIENT,
                    HttpsSupport.getDefaultHostnameVerifier());
        } catch (NoSuchAlgorithmException | java.security.KeyManagementException e) {
            throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * An SSL context trusting exactly the certificates of a PEM file (one or more {@code BEGIN CERTIFICATE}
     * blocks).
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no certificate
     */
    static SSLContext fromPem(Path pem) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalArgumentException("CA bundle " + pem + " holds no valid PEM certificate (expected"
                    + " -----BEGIN CERTIFICATE----- blocks): " + e.getMessage(), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("Cannot read CA bundle " + pem + ": no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read CA bundle " + pem + ": " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("CA bundle " + pem + " holds no valid PEM certificate (expected"
                    + " -----BEGIN CERTIFICATE----- blocks)");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certificates) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a trust store from " + pem + ": " + e.getMessage(), e);
        }
    }

    /**
     * Normalises a SHA-256 fingerprint to 64 lower-case hex digits.
     *
     * @throws IllegalArgumentException when it is not a SHA-256 fingerprint
     */
    static String normaliseFingerprint(String fingerprint) {
        String hex = fingerprint.replaceAll("[:\\s]", "").toLowerCase(java.util.Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 certificate fingerprint (64 hex digits, colons"
                    + " allowed): '" + fingerprint + "'");
        }
        return hex;
    }

    static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
        try {
            return java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    /** Trusts exactly the server certificate with a given SHA-256 fingerprint. */
    private static final class PinnedCertificate implements X509TrustManager {
        private final String pin;

        PinnedCertificate(String pin) {
            this.pin = pin;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Client certificates are not checked by this client");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("The appliance sent no certificate");
            }
            String actual = fingerprint(chain[0]);
            if (!MessageDigest.isEqual(actual.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    pin.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new CertificatePinningException(actual, pin);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Trusts every certificate: only for the explicit insecure option. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // trusts everything, on explicit request
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // trusts everything, on explicit request
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
