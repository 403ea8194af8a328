package io.infrakit.oneview.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code osDeploymentSettings} of a server profile or template: which OS deployment plan the profile deploys
 * and the custom attribute values that personalise it. Every field is kept as received; the {@code with...}
 * methods return modified copies and leave every other field (and every other attribute entry) untouched.
 *
 * <pre>{@code
 * OsDeploymentSettings settings = OsDeploymentSettings.of(plan.uri())
 *         .withCustomAttribute("HostName", "web01");
 * ServerProfile body = newProfile.withOsDeploymentSettings(settings);
 * }</pre>
 *
 * @param json the whole {@code osDeploymentSettings} object
 */
public record OsDeploymentSettings(ResourceJson json) {

    private static final String PLAN_URI = "osDeploymentPlanUri";
    private static final String ATTRIBUTES = "osCustomAttributes";

    /**
     * Wraps the JSON.
     *
     * @param json see the record component
     */
    public OsDeploymentSettings {
        Objects.requireNonNull(json, "json");
    }

    /**
     * @param osDeploymentPlanUri the plan's OneView URI ({@link OsDeploymentPlan#uri()}), or {@code null}
     * @return settings naming the plan, with no custom attribute
     */
    public static OsDeploymentSettings of(String osDeploymentPlanUri) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(PLAN_URI, osDeploymentPlanUri);
        node.putArray(ATTRIBUTES);
        return new OsDeploymentSettings(ResourceJson.of(node));
    }

    /**
     * Parses JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static OsDeploymentSettings fromJson(String json) {
        return new OsDeploymentSettings(ResourceJson.parse(json));
    }

    /**
     * @return the plan's URI ({@code /rest/os-deployment-plans/{id}}), or {@code null} when the profile deploys no
     *         OS
     */
    public String osDeploymentPlanUri() {
        return json.text(PLAN_URI);
    }

    /**
     * @return the custom attribute values in order; empty when none. Entries without a name are left out
     */
    public List<OsCustomAttribute> customAttributes() {
        return json.objects(ATTRIBUTES).stream().filter(a -> a.text("name") != null)
                .map(a -> new OsCustomAttribute(a.text("name"), a.text("value"))).toList();
    }

    /**
     * @param name an attribute name (case-sensitive)
     * @return the first entry of that name, empty when none
     */
    public Optional<OsCustomAttribute> customAttribute(String name) {
        Objects.requireNonNull(name, "name");
        return customAttributes().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * @return the OS volume the appliance deployed ({@code /rest/deployed-targets/{id}}), or {@code null} before
     */
    public String osVolumeUri() {
        return json.text("osVolumeUri");
    }

    /**
     * @return {@code forceOsDeployment}, or {@code null} when absent
     */
    public Boolean forceOsDeployment() {
        return json.bool("forceOsDeployment");
    }

    /**
     * @return {@code reapplyState} ({@code NotApplying} at rest), or {@code null}
     */
    public String reapplyState() {
        return json.text("reapplyState");
    }

    /**
     * @return {@code complianceControl} (templates), or {@code null}
     */
    public String complianceControl() {
        return json.text("complianceControl");
    }

    /**
     * @param osDeploymentPlanUri the plan's URI, or {@code null} for no OS deployment
     * @return a copy naming that plan
     */
    public OsDeploymentSettings withOsDeploymentPlanUri(String osDeploymentPlanUri) {
        return new OsDeploymentSettings(json.with(PLAN_URI, osDeploymentPlanUri));
    }

    /**
     * Sets one attribute value: the {@code value} of the first entry with that name is replaced (its other fields
     * kept, later duplicates removed), or an entry {@code {"name", "value"}} is appended.
     *
     * @param name  the attribute name, as the plan spells it
     * @param value the value (text, as on the wire)
     * @return a copy with the value set
     */
    public OsDeploymentSettings withCustomAttribute(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        boolean set = false;
        for (JsonNode entry : attributeNodes()) {
            if (entry.isObject() && name.equals(ResourceJson.textOf(entry.get("name")))) {
                if (!set) {
                    ObjectNode copy = ((ObjectNode) entry).deepCopy();
                    copy.put("value", value);
                    entries.add(copy);
                    set = true;
                }
            } else {
                entries.add(entry);
            }
        }
        if (!set) {
            entries.addObject().put("name", name).put("value", value);
        }
        return new OsDeploymentSettings(json.with(ATTRIBUTES, entries));
    }

    /**
     * @param name an attribute name
     * @return a copy without any entry of that name
     */
    public OsDeploymentSettings withoutCustomAttribute(String name) {
        Objects.requireNonNull(name, "name");
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (JsonNode entry : attributeNodes()) {
            if (!(entry.isObject() && name.equals(ResourceJson.textOf(entry.get("name"))))) {
                entries.add(entry);
            }
        }
        return new OsDeploymentSettings(json.with(ATTRIBUTES, entries));
    }

    /**
     * @param field a field of {@code osDeploymentSettings}
     * @param value its new value
     * @return a copy with the field set
     */
    public OsDeploymentSettings with(String field, JsonNode value) {
        return new OsDeploymentSettings(json.with(field, value));
    }

    private JsonNode attributeNodes() {
        JsonNode a = json.get(ATTRIBUTES);
        return a != null && a.isArray() ? a : JsonNodeFactory.instance.arrayNode();
    }

    /**
     * @return the JSON with every attribute value masked (values may hold passwords and scripts)
     */
    @Override
    public String toString() {
        return "OsDeploymentSettings[json=" + OsAttributeValues.maskedSettings(json) + "]";
    }
}
