package io.infrakit.oneview.client.error;

import java.security.cert.CertificateException;

/**
 * The appliance presented a certificate other than the pinned one (found in the cause chain of a
 * {@link OneViewConnectionException} whose {@link OneViewConnectionException#tlsFailure()} is
 * {@link TlsFailure#PINNED_CERTIFICATE_MISMATCH}).
 */
public class CertificatePinningException extends CertificateException {
    private static final long serialVersionUID = 1L;

    private final String actualSha256;
    private final String pinnedSha256;

    /**
     * Creates the exception.
     *
     * @param actualSha256 the SHA-256 fingerprint of the certificate presented (64 lower-case hex digits)
     * @param pinnedSha256 the pinned fingerprint
     */
    public CertificatePinningException(String actualSha256, String pinnedSha256) {
        super("The appliance certificate's SHA-256 fingerprint " + actualSha256 + " does not match the pinned "
                + pinnedSha256);
        this.actualSha256 = actualSha256;
        this.pinnedSha256 = pinnedSha256;
    }

    /**
     * @return the fingerprint of the certificate the appliance presented
     */
    public String actualSha256() {
        return actualSha256;
    }

    /**
     * @return the pinned fingerprint
     */
    public String pinnedSha256() {
        return pinnedSha256;
    }
}
