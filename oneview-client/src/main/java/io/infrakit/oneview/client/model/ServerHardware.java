package io.infrakit.oneview.client.model;

import java.util.Objects;

/**
 * A server hardware ({@code /rest/server-hardware}): a blade or a rack server.
 *
 * @param json the whole resource JSON
 */
public record ServerHardware(ResourceJson json) implements OneViewResource {

    /**
     * Wraps a resource JSON.
     *
     * @param json see the record component
     */
    public ServerHardware {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses resource JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static ServerHardware fromJson(String json) {
        return new ServerHardware(ResourceJson.parse(json));
    }

    /**
     * @return the power state; {@link PowerState#UNKNOWN} when absent or not recognised (see {@link #powerStateText()})
     */
    public PowerState powerState() {
        return PowerState.fromValue(json.text("powerState"));
    }

    /**
     * @return the {@code powerState} exactly as sent
     */
    public String powerStateText() {
        return json.text("powerState");
    }

    /**
     * @return the state; only {@code NoProfileApplied} can take a new profile
     */
    public String state() {
        return json.text("state");
    }

    /**
     * @return the health status
     */
    public String status() {
        return json.text("status");
    }

    /**
     * @return the server hardware type URI
     */
    public String serverHardwareTypeUri() {
        return json.text("serverHardwareTypeUri");
    }

    /**
     * @return the enclosure group URI ({@code serverGroupUri}); null for rack servers
     */
    public String serverGroupUri() {
        return json.text("serverGroupUri");
    }

    /**
     * @return the assigned profile URI, or {@code null}
     */
    public String serverProfileUri() {
        return json.text("serverProfileUri");
    }

    /**
     * @return the model, e.g. {@code ProLiant BL460c Gen8}
     */
    public String model() {
        return json.text("model");
    }

    /**
     * @return the serial number
     */
    public String serialNumber() {
        return json.text("serialNumber");
    }
}
