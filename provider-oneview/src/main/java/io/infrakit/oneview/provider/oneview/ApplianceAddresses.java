package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.transport.ApacheHttpTransport;
import io.infrakit.oneview.client.transport.ApplianceAddress;

/**
 * Parses the appliance addresses and certificate fingerprints of settings, the environment and group properties
 * with the client's own rules ({@link ApplianceAddress}), prefixing errors with where the value came from.
 */
final class ApplianceAddresses {

    private ApplianceAddresses() {
    }

    /**
     * @param address the address text
     * @param where   what gave it, e.g. {@code setting address}
     * @return the address
     * @throws IllegalArgumentException {@code where: <why>}
     */
    static ApplianceAddress parse(String address, String where) {
        try {
            return ApplianceAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param sha256 a SHA-256 certificate fingerprint (colons and case ignored)
     * @param where  what gave it
     * @return the normalised fingerprint
     * @throws IllegalArgumentException {@code where: <why>}
     */
    static String fingerprint(String sha256, String where) {
        try {
            return ApacheHttpTransport.normaliseFingerprint(sha256);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage() + " (openssl x509 -noout -fingerprint"
                    + " -sha256 -in <certificate> prints it)", e);
        }
    }
}
