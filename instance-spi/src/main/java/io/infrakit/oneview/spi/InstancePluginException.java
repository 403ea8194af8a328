package io.infrakit.oneview.spi;

/**
 * A failed instance-plugin call. The message is what the InfraKit client shows the user
 * ({@code Error: <message>}), so it must be specific and must never contain a secret.
 */
public class InstancePluginException extends RuntimeException {

    /** @param message what went wrong, for the user */
    public InstancePluginException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for the user
     * @param cause   the underlying failure
     */
    public InstancePluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
