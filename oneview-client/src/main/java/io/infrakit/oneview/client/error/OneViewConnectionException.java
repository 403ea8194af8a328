package io.infrakit.oneview.client.error;

import java.util.Optional;

/**
 * The appliance could not be reached or the connection failed (connect refused or timed out, TLS handshake failure,
 * read timeout, connection reset). For idempotent requests this is thrown only after the client's retries are
 * exhausted (certificate and host-name verification failures are not retried); POSTs are never retried after a
 * connection failure, as the appliance may have acted on them.
 */
public class OneViewConnectionException extends OneViewException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message
     * @param cause   the I/O failure
     */
    public OneViewConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Tells a failure to trust the appliance (its certificate or host name did not verify) from a network failure:
     * the first is a configuration error that retrying cannot fix.
     *
     * @return true when the appliance's certificate or host name failed verification
     */
    public boolean isTlsVerificationFailure() {
        return tlsFailure().isPresent();
    }

    /**
     * Tells why the appliance was not trusted, so that the fix can be named.
     *
     * @return the kind of TLS verification failure, empty for a network failure
     */
    public Optional<TlsFailure> tlsFailure() {
        return TlsFailure.of(getCause());
    }
}
