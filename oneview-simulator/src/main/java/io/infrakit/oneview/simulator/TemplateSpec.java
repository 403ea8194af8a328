package io.infrakit.oneview.simulator;

import java.util.Objects;

/**
 * A server profile template of the generated inventory.
 *
 * @param name           the template name, unique within the inventory
 * @param hardwareType   0-based index into {@link InventorySpec#hardwareTypes()}: the template's
 *                       {@code serverHardwareTypeUri}
 * @param enclosureGroup 0-based index of the enclosure group: the template's {@code enclosureGroupUri}
 */
public record TemplateSpec(String name, int hardwareType, int enclosureGroup) {

    /**
     * Validates the components.
     *
     * @param name the template name, not blank
     * @param hardwareType 0-based hardware type index
     * @param enclosureGroup 0-based enclosure group index
     * @throws IllegalArgumentException when the name is blank or an index negative
     */
    public TemplateSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("template name must not be blank");
        }
        if (hardwareType < 0 || enclosureGroup < 0) {
            throw new IllegalArgumentException("template '" + name + "': indexes must be 0 or more, got hardwareType="
                    + hardwareType + ", enclosureGroup=" + enclosureGroup);
        }
    }
}
