package io.infrakit.oneview.client.error;

/**
 * The calling thread was interrupted while the client was waiting (for a task, or between retries). The thread's
 * interrupt flag is set again before this is thrown. A server-side task keeps running.
 */
public class OneViewInterruptedException extends OneViewException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message
     * @param cause   the interruption
     */
    public OneViewInterruptedException(String message, InterruptedException cause) {
        super(message, cause);
    }
}
