package io.infrakit.oneview.client.model;

import java.util.Objects;

/**
 * A server hardware type ({@code /rest/server-hardware-types}).
 *
 * @param json the whole resource JSON
 */
public record ServerHardwareType(ResourceJson json) implements OneViewResource {

    /**
     * Wraps a resource JSON.
     *
     * @param json see the record component
     */
    public ServerHardwareType {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses resource JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static ServerHardwareType fromJson(String json) {
        return new ServerHardwareType(ResourceJson.parse(json));
    }

    /**
     * @return the model, e.g. {@code Synergy 480 Gen9 Compute Module}
     */
    public String model() {
        return json.text("model");
    }

    /**
     * @return the family
     */
    public String family() {
        return json.text("family");
    }

    /**
     * @return the form factor
     */
    public String formFactor() {
        return json.text("formFactor");
    }
}
