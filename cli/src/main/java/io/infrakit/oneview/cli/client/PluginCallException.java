package io.infrakit.oneview.cli.client;

/** A call to a running plugin failed; the message is the plugin's error text or says why it could not be reached. */
public class PluginCallException extends RuntimeException {

    /** @param message what went wrong */
    public PluginCallException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public PluginCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
