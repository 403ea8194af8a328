package io.infrakit.oneview.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A server profile template of the generated inventory.
 *
 * @param name               the template name, unique within the inventory
 * @param hardwareType       0-based index into {@link InventorySpec#hardwareTypes()}: the template's
 *                           {@code serverHardwareTypeUri}
 * @param enclosureGroup     0-based index of the enclosure group: the template's {@code enclosureGroupUri}
 * @param osDeploymentPlan   the name of the {@linkplain InventorySpec#osDeploymentPlans() OS deployment plan} its
 *                           {@code osDeploymentSettings} name, or null for a template that deploys no OS
 * @param osCustomAttributes the template's custom attribute values (name to value, in order), which profiles made
 *                           from it inherit unless they set the attribute; empty without a plan
 */
public record TemplateSpec(String name, int hardwareType, int enclosureGroup, String osDeploymentPlan,
                           Map<String, String> osCustomAttributes) {

    /**
     * Validates and copies the components.
     *
     * @param name the template name, not blank
     * @param hardwareType 0-based hardware type index
     * @param enclosureGroup 0-based enclosure group index
     * @param osDeploymentPlan a plan name, or null
     * @param osCustomAttributes attribute values, no null names or values; empty when there is no plan
     * @throws IllegalArgumentException when the name is blank, an index negative, or attributes come without a plan
     */
    public TemplateSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(osCustomAttributes, "osCustomAttributes");
        if (name.isBlank()) {
            throw new IllegalArgumentException("template name must not be blank");
        }
        if (hardwareType < 0 || enclosureGroup < 0) {
            throw new IllegalArgumentException("template '" + name + "': indexes must be 0 or more, got hardwareType="
                    + hardwareType + ", enclosureGroup=" + enclosureGroup);
        }
        Map<String, String> copy = new LinkedHashMap<>();
        osCustomAttributes.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "attribute name"),
                Objects.requireNonNull(v, "value of " + k)));
        if (osDeploymentPlan == null && !copy.isEmpty()) {
            throw new IllegalArgumentException("template '" + name + "' sets custom attributes " + copy.keySet()
                    + " but names no OS deployment plan");
        }
        osCustomAttributes = Collections.unmodifiableMap(copy);
    }

    /**
     * A template that deploys no OS.
     *
     * @param name the template name, not blank
     * @param hardwareType 0-based hardware type index
     * @param enclosureGroup 0-based enclosure group index
     */
    public TemplateSpec(String name, int hardwareType, int enclosureGroup) {
        this(name, hardwareType, enclosureGroup, null, Map.of());
    }

    /**
     * @param plan       an OS deployment plan name of the inventory
     * @param attributes the template's custom attribute values (name to value, in order)
     * @return a copy whose {@code osDeploymentSettings} name that plan with those values
     */
    public TemplateSpec withOsDeployment(String plan, Map<String, String> attributes) {
        return new TemplateSpec(name, hardwareType, enclosureGroup, Objects.requireNonNull(plan, "plan"), attributes);
    }
}
