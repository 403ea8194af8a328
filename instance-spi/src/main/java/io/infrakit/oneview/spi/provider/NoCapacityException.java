package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.InstancePluginException;

/**
 * Thrown by {@link InstanceProvider#provision} when the backend has no free machine matching the request (for the
 * OneView provider: no free server for the template). Nothing was made; the plugin reports the provision as failed
 * for want of capacity (a metric an operator alerts on), and InfraKit tries again later.
 */
public class NoCapacityException extends InstancePluginException {

    /** @param message what was asked for and why nothing matched */
    public NoCapacityException(String message) {
        super(message);
    }
}
