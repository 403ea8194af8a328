package io.infrakit.oneview.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A server profile ({@code /rest/server-profiles}), or a profile body about to be created (for instance the answer
 * of {@code new-profile} with a name and a server set). The {@code with...} methods return modified copies and
 * leave every other field untouched.
 *
 * @param json the whole resource JSON
 */
public record ServerProfile(ResourceJson json) implements OneViewResource {

    /**
     * Wraps a resource JSON.
     *
     * @param json see the record component
     */
    public ServerProfile {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses resource JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static ServerProfile fromJson(String json) {
        return new ServerProfile(ResourceJson.parse(json));
    }

    /**
     * @return the description
     */
    public String description() {
        return json.text("description");
    }

    /**
     * @return the template this profile was made from, or {@code null}
     */
    public String serverProfileTemplateUri() {
        return json.text("serverProfileTemplateUri");
    }

    /**
     * @return the assigned server hardware URI, or {@code null} when unassigned
     */
    public String serverHardwareUri() {
        return json.text("serverHardwareUri");
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
     * @return the state: {@code Normal}, {@code Creating}, {@code Updating}, {@code Deleting}, {@code CreateFailed}, ...
     */
    public String state() {
        return json.text("state");
    }

    /**
     * @return the health status: {@code OK}, {@code Warning}, {@code Critical}, {@code Disabled}, {@code Unknown}
     */
    public String status() {
        return json.text("status");
    }

    /**
     * @return {@code Compliant}, {@code NonCompliant} or {@code Unknown}
     */
    public String templateCompliance() {
        return json.text("templateCompliance");
    }

    /**
     * @return the serial number
     */
    public String serialNumber() {
        return json.text("serialNumber");
    }

    /**
     * @return the last task that changed the profile
     */
    public String taskUri() {
        return json.text("taskUri");
    }

    /**
     * @return whether a task is running on the profile, or {@code null}
     */
    public Boolean inProgress() {
        return json.bool("inProgress");
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
     * @param settings the OS deployment settings, or {@code null} to send JSON {@code null}
     * @return a copy with {@code osDeploymentSettings} set (every other field untouched)
     */
    public ServerProfile withOsDeploymentSettings(OsDeploymentSettings settings) {
        return new ServerProfile(json.with("osDeploymentSettings", settings == null ? null
                : settings.json().toObjectNode()));
    }

    /**
     * @param name the new name
     * @return a copy with {@code name} set
     */
    public ServerProfile withName(String name) {
        return new ServerProfile(json.with("name", name));
    }

    /**
     * @param description the new description
     * @return a copy with {@code description} set
     */
    public ServerProfile withDescription(String description) {
        return new ServerProfile(json.with("description", description));
    }

    /**
     * @param serverHardwareUri the server to assign, or {@code null} for an unassigned profile
     * @return a copy with {@code serverHardwareUri} set
     */
    public ServerProfile withServerHardwareUri(String serverHardwareUri) {
        return new ServerProfile(json.with("serverHardwareUri", serverHardwareUri));
    }

    /**
     * @param field a top-level field
     * @param value its new value
     * @return a copy with the field set
     */
    public ServerProfile with(String field, JsonNode value) {
        return new ServerProfile(json.with(field, value));
    }

    /**
     * @return the JSON with the values of OS custom attributes masked (they may hold passwords and scripts)
     */
    @Override
    public String toString() {
        return "ServerProfile[json=" + OsAttributeValues.maskedResource(json) + "]";
    }
}
