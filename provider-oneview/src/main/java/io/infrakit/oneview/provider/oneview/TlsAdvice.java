package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.error.CertificatePinningException;
import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.client.error.TlsFailure;

/**
 * Says why an appliance was not trusted and which of the plugin's settings fixes it: a CA bundle cannot fix a
 * host-name mismatch, a pin can.
 */
final class TlsAdvice {
    private static final String PIN = "--ov-pinned-certificate-sha256 or $"
            + ConnectionResolver.OV_PINNED_CERTIFICATE_SHA256 + " (setting "
            + ProviderSettings.PINNED_CERTIFICATE_SHA256 + "; " + InstanceProperties.PINNED_CERTIFICATE_SHA256
            + " with the group's own credentials)";
    private static final String CA = "--ov-ca-bundle (setting " + ProviderSettings.CA_BUNDLE + "; "
            + InstanceProperties.CA_BUNDLE + " with the group's own credentials)";

    private TlsAdvice() {
    }

    /**
     * @param connection the connection that failed
     * @param failure    a failure whose {@link OneViewConnectionException#tlsFailure()} is present
     * @return the message: what is wrong and what to set
     */
    static String message(ConnectionConfig connection, OneViewConnectionException failure) {
        TlsFailure kind = failure.tlsFailure().orElse(TlsFailure.UNTRUSTED_CERTIFICATE);
        String appliance = "the OneView appliance " + connection.address();
        String why = switch (kind) {
            case UNTRUSTED_CERTIFICATE -> appliance + " is not trusted: its certificate is not signed by a CA the"
                    + " plugin trusts; give that CA (or the appliance's self-signed certificate, PEM) with " + CA
                    + ", or pin the certificate with " + PIN;
            case HOST_NAME_MISMATCH -> appliance + " is not trusted: its certificate does not name the host "
                    + connection.appliance().host() + "; use an address with a host name (or IP) the certificate"
                    + " names, or pin the certificate with " + PIN + " (a pin trusts that one certificate whatever"
                    + " host it names; a CA bundle does not help here)";
            case PINNED_CERTIFICATE_MISMATCH -> appliance + " presents a certificate " + presented(failure)
                    + "other than the pinned one (" + connection.pinnedSha256() + "): if the appliance's"
                    + " certificate was replaced, check the new fingerprint on the appliance and pin it; otherwise"
                    + " something else answers at this address";
        };
        return why + " (" + failure.getCause() + ")";
    }

    private static String presented(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificatePinningException pin) {
                return "(SHA-256 " + pin.actualSha256() + ") ";
            }
        }
        return "";
    }
}
