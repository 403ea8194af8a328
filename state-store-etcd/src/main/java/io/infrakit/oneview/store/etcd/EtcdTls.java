package io.infrakit.oneview.store.etcd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The TLS context of an etcd location: its CA bundle (else the JVM's trust store) and its client certificate. */
final class EtcdTls {

    private static final char[] NO_PASSWORD = new char[0];

    private EtcdTls() {
    }

    static SSLContext context(EtcdLocation location) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (location.caBundle() == null) {
                trust.init((KeyStore) null);
            } else {
                KeyStore cas = KeyStore.getInstance(KeyStore.getDefaultType());
                cas.load(null, null);
                int i = 0;
                for (Certificate c : certificates(location.caBundle(), "CA bundle")) {
                    cas.setCertificateEntry("ca-" + i++, c);
                }
                trust.init(cas);
            }
            KeyManagerFactory keys = null;
            if (location.clientCert() != null) {
                KeyStore client = KeyStore.getInstance(KeyStore.getDefaultType());
                client.load(null, null);
                client.setKeyEntry("client", privateKey(location.clientKey()), NO_PASSWORD,
                        certificates(location.clientCert(), "client certificate").toArray(new Certificate[0]));
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(client, NO_PASSWORD);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS to etcd: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> certificates(Path pem, String what) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("the etcd " + what + " " + pem + " holds no PEM certificate");
            }
            return certificates;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the etcd " + what + " " + pem + ": " + e, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the etcd " + what + " " + pem + " holds no valid PEM certificate ("
                    + e.getMessage() + ")", e);
        }
    }

    private static PrivateKey privateKey(Path pem) {
        String text;
        try {
            text = Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the etcd client key " + pem + ": " + e, e);
        }
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = text.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the etcd client key " + pem + " is not an unencrypted PKCS#8 PEM key "
                    + "(-----BEGIN PRIVATE KEY-----); convert it with: openssl pkcs8 -topk8 -nocrypt -in " + pem
                    + " -out key-pkcs8.pem");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.substring(begin + 27, end));
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("the etcd client key " + pem + " is neither an RSA, an EC nor an Ed25519 "
                + "key");
    }
}
