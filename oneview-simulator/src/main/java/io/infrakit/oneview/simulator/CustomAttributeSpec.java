package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One custom attribute of an {@link OsDeploymentPlanSpec}: a member of the plan's {@code additionalParameters}.
 *
 * @param name        the name the plan scripts use ({@code @name@}): letters, digits, {@code _} and {@code -}
 * @param type        its type
 * @param value       the plan's default, {@code ""} for none; null for a {@link CustomAttributeType#NIC NIC}, which
 *                    never has one
 * @param editable    whether a profile may set it ({@code caEditable})
 * @param constraints the constraints as JSON object text, as the appliance sends {@code caConstraints} (e.g.
 *                    {@code {"maxlen":"20"}}, {@code {"options":["Enabled","Disabled"]}})
 * @param description the description
 */
public record CustomAttributeSpec(String name, CustomAttributeType type, String value, boolean editable,
                                  String constraints, String description) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    /**
     * Validates the components.
     *
     * @param name        the name
     * @param type        the type
     * @param value       the default: null for a NIC, otherwise a valid value of the type or {@code ""}
     * @param editable    whether a profile may set it
     * @param constraints JSON object text
     * @param description the description, not null
     * @throws IllegalArgumentException when the name has other characters, the constraints are no JSON object, or
     *                                  the default breaks the type or the constraints
     */
    public CustomAttributeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("custom attribute name '" + name
                    + "' must be letters, digits, '_' and '-' only");
        }
        ObjectNode parsed = parseConstraints(name, constraints);
        if (type == CustomAttributeType.NIC) {
            if (value != null) {
                throw new IllegalArgumentException("NIC custom attribute '" + name + "' cannot have a default");
            }
        } else {
            Objects.requireNonNull(value, "value");
            String violation = CustomAttributeRules.violation(type, parsed, value);
            if (violation != null) {
                throw new IllegalArgumentException("default of custom attribute '" + name + "': " + violation);
            }
        }
    }

    /**
     * An editable attribute with empty constraints and description.
     *
     * @param name  the name
     * @param type  the type (not NIC)
     * @param value the default, {@code ""} for none
     * @return the attribute
     */
    public static CustomAttributeSpec of(String name, CustomAttributeType type, String value) {
        return new CustomAttributeSpec(name, type, value, true, "{}", "");
    }

    /** @return the constraints as a JSON object */
    ObjectNode constraintsJson() {
        return parseConstraints(name, constraints);
    }

    private static ObjectNode parseConstraints(String name, String constraints) {
        try {
            JsonNode node = Json.MAPPER.readTree(constraints);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalArgumentException("constraints of custom attribute '" + name
                + "' must be JSON object text, got: " + constraints);
    }
}
