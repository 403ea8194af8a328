package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.InstancePluginException;

/**
 * Thrown by {@link InstanceProvider#provision} when the backend already has a machine with the requested instance
 * ID (for example made by another plugin process on the same backend). The provider made nothing; the engine
 * retries with a new ID.
 */
public class InstanceIdConflictException extends InstancePluginException {

    private final String instanceId;

    /**
     * @param instanceId the ID already in use
     * @param where      where it is in use, for the message (a file, a profile name)
     */
    public InstanceIdConflictException(String instanceId, String where) {
        super("instance ID " + instanceId + " is already in use (" + where + ")");
        this.instanceId = instanceId;
    }

    /** @return the ID already in use */
    public String instanceId() {
        return instanceId;
    }
}
