package io.infrakit.oneview.client.error;

/**
 * The configured API version policy cannot be satisfied by the appliance (e.g. a pinned version outside the
 * appliance's {@code minimumVersion..currentVersion} range).
 */
public class UnsupportedApiVersionException extends OneViewException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, naming the requested and the available versions
     */
    public UnsupportedApiVersionException(String message) {
        super(message);
    }
}
