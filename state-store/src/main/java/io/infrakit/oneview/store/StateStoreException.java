package io.infrakit.oneview.store;

/** The state could not be read or made durable. The message says which file and why. */
public class StateStoreException extends RuntimeException {

    /** @param message what went wrong */
    public StateStoreException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
