package io.infrakit.oneview.client.error;

import java.security.cert.CertificateException;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Why the appliance was not trusted: each kind has its own fix.
 */
public enum TlsFailure {
    /** The certificate chain does not lead to a trusted CA: trust its CA, or pin the certificate. */
    UNTRUSTED_CERTIFICATE,
    /**
     * The certificate is trusted but names another host than the address: use a host name (or IP) the certificate
     * names, or pin the certificate (pinning trusts that one certificate whatever host it names).
     */
    HOST_NAME_MISMATCH,
    /** The certificate is not the pinned one: update the pin if the appliance's certificate was replaced. */
    PINNED_CERTIFICATE_MISMATCH;

    /**
     * Classifies a failure by its cause chain.
     *
     * @param failure an I/O failure (or any throwable)
     * @return the kind of TLS verification failure, empty when it is not one
     */
    public static Optional<TlsFailure> of(Throwable failure) {
        TlsFailure found = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificatePinningException) {
                return Optional.of(PINNED_CERTIFICATE_MISMATCH);
            }
            if (t instanceof SSLPeerUnverifiedException || isJsseHostNameCheck(t)) {
                found = HOST_NAME_MISMATCH;
            } else if (t instanceof CertificateException && found == null) {
                found = UNTRUSTED_CERTIFICATE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The JDK's own endpoint identification (HostnameChecker) fails with these messages. */
    private static boolean isJsseHostNameCheck(Throwable t) {
        String m = t.getMessage();
        return t instanceof CertificateException && m != null
                && (m.startsWith("No subject alternative") || m.startsWith("No name matching"));
    }
}
