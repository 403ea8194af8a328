package io.infrakit.oneview.client.model;

import java.util.Objects;

/**
 * One custom attribute value of a profile's (or template's) {@link OsDeploymentSettings}: an entry of
 * {@code osCustomAttributes}. Values are always text on the wire (numbers and booleans too).
 *
 * @param name  the attribute name as the plan spells it; NIC attributes are set through sub-names such as
 *              {@code ManagementNIC.dhcp}
 * @param value the value, or {@code null} when the entry has none
 */
public record OsCustomAttribute(String name, String value) {

    /** @throws NullPointerException when name is null */
    public OsCustomAttribute {
        Objects.requireNonNull(name, "name");
    }

    /**
     * @return the name, never the value (it may be a password or a script)
     */
    @Override
    public String toString() {
        return "OsCustomAttribute[name=" + name + ", value=" + (value == null ? "null" : OsAttributeValues.MASK) + "]";
    }
}
