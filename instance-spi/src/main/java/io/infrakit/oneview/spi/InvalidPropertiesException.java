package io.infrakit.oneview.spi;

/** Instance properties (or a spec) that the plugin refuses; the message names the offending field. */
public class InvalidPropertiesException extends InstancePluginException {

    /** @param message what is wrong, naming the field */
    public InvalidPropertiesException(String message) {
        super(message);
    }
}
