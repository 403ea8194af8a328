package io.infrakit.oneview.spi;

/** A request named an instance ID the plugin does not know. */
public class UnknownInstanceException extends InstancePluginException {

    private final String instanceId;

    /** @param instanceId the unknown ID */
    public UnknownInstanceException(String instanceId) {
        super("unknown instance: " + instanceId);
        this.instanceId = instanceId;
    }

    /** @return the unknown ID */
    public String instanceId() {
        return instanceId;
    }
}
