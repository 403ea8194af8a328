package io.infrakit.oneview.client.error;

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
}
