package io.infrakit.oneview.client.model;

import java.util.Objects;

/**
 * One entry of an available-targets answer: a server (or an empty bay when {@link #serverHardwareUri()} is null) a profile can be assigned to.
 *
 * @param json the whole resource JSON
 */
public record AvailableTarget(ResourceJson json) implements OneViewResource {

    /**
     * Wraps a resource JSON.
     *
     * @param json see the record component
     */
    public AvailableTarget {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses resource JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static AvailableTarget fromJson(String json) {
        return new AvailableTarget(ResourceJson.parse(json));
    }

    /**
     * @return the server hardware URI, {@code null} for an empty bay
     */
    public String serverHardwareUri() {
        return json.text("serverHardwareUri");
    }

    /**
     * @return the server hardware name
     */
    public String serverHardwareName() {
        return json.text("serverHardwareName");
    }

    /**
     * @return the server hardware type URI
     */
    public String serverHardwareTypeUri() {
        return json.text("serverHardwareTypeUri");
    }

    /**
     * @return the enclosure group URI
     */
    public String enclosureGroupUri() {
        return json.text("enclosureGroupUri");
    }

    /**
     * @return the enclosure URI (null for rack servers)
     */
    public String enclosureUri() {
        return json.text("enclosureUri");
    }

    /**
     * @return the power state as sent
     */
    public String powerStateText() {
        return json.text("powerState");
    }
    /**
     * @return the bay number, or {@code null}
     */
    public Integer enclosureBay() {
        return json.integer("enclosureBay");
    }

    /**
     * @return whether this target is an empty bay (no server hardware to assign)
     */
    public boolean isEmptyBay() {
        return serverHardwareUri() == null;
    }
}
