package io.infrakit.oneview.client.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An OS deployment plan ({@code /rest/os-deployment-plans}, API 300 and later, HPE Synergy with Image Streamer):
 * OneView's view of an Image Streamer deployment plan, whose custom attributes ({@code additionalParameters})
 * personalise the OS a profile deploys. A profile names it by {@link #uri()} in
 * {@link OsDeploymentSettings#osDeploymentPlanUri()} (never by {@link #nativePlanUri()}).
 *
 * @param json the whole resource JSON
 */
public record OsDeploymentPlan(ResourceJson json) implements OneViewResource {

    /**
     * Wraps a resource JSON.
     *
     * @param json see the record component
     */
    public OsDeploymentPlan {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses resource JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static OsDeploymentPlan fromJson(String json) {
        return new OsDeploymentPlan(ResourceJson.parse(json));
    }

    /**
     * @return the description, or {@code null}
     */
    public String description() {
        return json.text("description");
    }

    /**
     * @return the plan's URI on the Image Streamer itself (for its own API; not for profiles), or {@code null}
     */
    public String nativePlanUri() {
        return json.text("nativePlanUri");
    }

    /**
     * @return the deployment type, e.g. {@code I3S} (case varies: compare case-insensitively), or {@code null}
     */
    public String deploymentType() {
        return json.text("deploymentType");
    }

    /**
     * @return the IPv4 address of the Image Streamer that owns the plan, or {@code null}
     */
    public String deploymentApplianceIpv4() {
        return json.text("deploymentApplianceIpv4");
    }

    /**
     * @return the OS type, or {@code null}
     */
    public String osType() {
        return json.text("osType");
    }

    /**
     * @return the architecture, or {@code null}
     */
    public String architecture() {
        return json.text("architecture");
    }

    /**
     * @return the size of the OS volume as text (e.g. {@code 10GB}), or {@code null}
     */
    public String osdpSize() {
        return json.text("osdpSize");
    }

    /**
     * @return the state, e.g. {@code Normal}
     */
    public String state() {
        return json.text("state");
    }

    /**
     * @return the health status, e.g. {@code OK}
     */
    public String status() {
        return json.text("status");
    }

    /**
     * @return the custom attributes ({@code additionalParameters}) in the plan's order; empty when none
     */
    public List<OsDeploymentPlanAttribute> customAttributes() {
        return json.objects("additionalParameters").stream().map(OsDeploymentPlanAttribute::new).toList();
    }

    /**
     * @param name an attribute name, exactly as the plan spells it (case-sensitive)
     * @return the attribute, empty when the plan has none of that name
     */
    public Optional<OsDeploymentPlanAttribute> customAttribute(String name) {
        Objects.requireNonNull(name, "name");
        return customAttributes().stream().filter(a -> name.equals(a.name())).findFirst();
    }
}
