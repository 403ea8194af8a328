package io.infrakit.oneview.client.model;

import java.util.Objects;

/**
 * A server profile template ({@code /rest/server-profile-templates}).
 *
 * @param json the whole resource JSON
 */
public record ServerProfileTemplate(ResourceJson json) implements OneViewResource {

    /**
     * Wraps a resource JSON.
     *
     * @param json see the record component
     */
    public ServerProfileTemplate {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses resource JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static ServerProfileTemplate fromJson(String json) {
        return new ServerProfileTemplate(ResourceJson.parse(json));
    }

    /**
     * @return the template description
     */
    public String description() {
        return json.text("description");
    }

    /**
     * @return the description given to profiles made from this template
     */
    public String serverProfileDescription() {
        return json.text("serverProfileDescription");
    }

    /**
     * @return the server hardware type URI
     */
    public String serverHardwareTypeUri() {
        return json.text("serverHardwareTypeUri");
    }

    /**
     * @return the enclosure group URI (null for rack servers)
     */
    public String enclosureGroupUri() {
        return json.text("enclosureGroupUri");
    }

    /**
     * @return the state
     */
    public String state() {
        return json.text("state");
    }

    /**
     * @return the health status (OK, Warning, Critical, Disabled, Unknown)
     */
    public String status() {
        return json.text("status");
    }

    /**
     * @return the OS deployment settings (HPE Synergy with Image Streamer, API 300 and later), or {@code null} when
     *         absent or JSON {@code null} (other platforms and older API versions)
     */
    public OsDeploymentSettings osDeploymentSettings() {
        ResourceJson settings = json.object("osDeploymentSettings");
        return settings == null ? null : new OsDeploymentSettings(settings);
    }

    /**
     * @return the JSON with the values of OS custom attributes masked (they may hold passwords and scripts)
     */
    @Override
    public String toString() {
        return "ServerProfileTemplate[json=" + OsAttributeValues.maskedResource(json) + "]";
    }
}
