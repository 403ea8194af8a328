package io.infrakit.oneview.client.error;

/**
 * The appliance answered with a success status but a body the client cannot use (not JSON, missing a required
 * field, no task for an asynchronous operation, a paging loop).
 */
public class UnexpectedResponseException extends OneViewException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message
     */
    public UnexpectedResponseException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the message
     * @param cause   the cause
     */
    public UnexpectedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
