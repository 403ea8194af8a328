package io.infrakit.oneview.client.model;

import java.util.Objects;

/**
 * An enclosure group ({@code /rest/enclosure-groups}).
 *
 * @param json the whole resource JSON
 */
public record EnclosureGroup(ResourceJson json) implements OneViewResource {

    /**
     * Wraps a resource JSON.
     *
     * @param json see the record component
     */
    public EnclosureGroup {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses resource JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static EnclosureGroup fromJson(String json) {
        return new EnclosureGroup(ResourceJson.parse(json));
    }

    /**
     * @return the state
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
     * @return the number of enclosures, or {@code null}
     */
    public Integer enclosureCount() {
        return json.integer("enclosureCount");
    }
}
