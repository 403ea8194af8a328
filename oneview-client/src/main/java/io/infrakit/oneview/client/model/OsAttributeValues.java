package io.infrakit.oneview.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Masks OS custom attribute values for {@code toString()}: they carry passwords and first-boot scripts (join tokens),
 * which must not reach logs. The JSON itself ({@code json()}, {@code toJson()}) is never changed.
 */
final class OsAttributeValues {
    static final String MASK = "****";

    private OsAttributeValues() {
    }

    /** A copy of a resource whose {@code osDeploymentSettings} attribute values are masked, as text. */
    static String maskedResource(ResourceJson json) {
        ObjectNode copy = json.toObjectNode();
        JsonNode settings = copy.get("osDeploymentSettings");
        if (settings instanceof ObjectNode object) {
            mask(object);
        }
        return copy.toString();
    }

    /** A copy of an {@code osDeploymentSettings} object with its attribute values masked, as text. */
    static String maskedSettings(ResourceJson json) {
        ObjectNode copy = json.toObjectNode();
        mask(copy);
        return copy.toString();
    }

    private static void mask(ObjectNode settings) {
        JsonNode attributes = settings.get("osCustomAttributes");
        if (attributes != null && attributes.isArray()) {
            for (JsonNode a : attributes) {
                if (a instanceof ObjectNode entry && entry.has("value") && !entry.get("value").isNull()) {
                    entry.put("value", MASK);
                }
            }
        }
    }
}
