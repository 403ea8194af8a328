package io.infrakit.oneview.client.error;

/**
 * Root of every exception thrown by the OneView client. Unchecked.
 *
 * <p>Messages never contain credentials or session tokens.
 */
public class OneViewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message
     */
    public OneViewException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message the message
     * @param cause   the cause
     */
    public OneViewException(String message, Throwable cause) {
        super(message, cause);
    }
}
