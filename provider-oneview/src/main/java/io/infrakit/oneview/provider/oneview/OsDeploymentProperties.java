package io.infrakit.oneview.provider.oneview;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The OS deployment fields of a group's properties, checked without I/O: {@code OSDeploymentPlan},
 * {@code InitAttribute}, {@code InitEncoding} and {@code OSCustomAttributes}. Whether the plan exists and declares
 * the attributes is {@link OsDeployment}'s job.
 *
 * @param planName      {@code OSDeploymentPlan}: the plan's name, or null for the template's plan
 * @param initAttribute {@code InitAttribute}: the custom attribute that receives {@code Spec.Init}, or null
 * @param initEncoding  {@code InitEncoding} (default {@link InitEncoding#BASE64})
 * @param attributes    {@code OSCustomAttributes}: name to value (text, placeholders unrendered), in the given order
 */
record OsDeploymentProperties(String planName, String initAttribute, InitEncoding initEncoding,
                              Map<String, String> attributes) {

    /** No OS deployment field given. */
    static final OsDeploymentProperties NONE = new OsDeploymentProperties(null, null, InitEncoding.BASE64, Map.of());

    /** Attribute names: letters, digits, {@code _} and {@code -}; one {@code .} before a NIC sub-attribute. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)?");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    OsDeploymentProperties {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * @param root the properties object
     * @return the OS deployment fields
     * @throws InvalidPropertiesException naming the offending field
     */
    static OsDeploymentProperties parse(JsonNode root) {
        String plan = InstanceProperties.string(root, InstanceProperties.OS_DEPLOYMENT_PLAN);
        String init = InstanceProperties.string(root, InstanceProperties.INIT_ATTRIBUTE);
        if (init != null && !PLAIN_NAME.matcher(init).matches()) {
            throw new InvalidPropertiesException(InstanceProperties.INIT_ATTRIBUTE + ": '" + init + "' is not an "
                    + "attribute name (letters, digits, _ and -, as the plan spells it)");
        }
        String encodingText = InstanceProperties.string(root, InstanceProperties.INIT_ENCODING);
        InitEncoding encoding = encodingText == null ? InitEncoding.BASE64 : InitEncoding.of(encodingText);
        if (encodingText != null && init == null) {
            throw new InvalidPropertiesException(InstanceProperties.INIT_ENCODING + " applies only with "
                    + InstanceProperties.INIT_ATTRIBUTE + ": name the plan's attribute that receives the Init");
        }
        Map<String, String> attributes = attributes(root.get(InstanceProperties.OS_CUSTOM_ATTRIBUTES));
        if (init != null && attributes.containsKey(init)) {
            throw new InvalidPropertiesException(InstanceProperties.OS_CUSTOM_ATTRIBUTES + "." + init + ": " + init
                    + " is the " + InstanceProperties.INIT_ATTRIBUTE + ", which receives Spec.Init; remove it from "
                    + InstanceProperties.OS_CUSTOM_ATTRIBUTES);
        }
        return new OsDeploymentProperties(plan, init, encoding, attributes);
    }

    private static Map<String, String> attributes(JsonNode node) {
        String field = InstanceProperties.OS_CUSTOM_ATTRIBUTES;
        Map<String, String> result = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            throw new InvalidPropertiesException(field + " must be an object of attribute name to value, e.g. "
                    + "{\"HostName\": \"{profileName}\"}, not " + InstanceProperties.kind(node));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String label = field + "." + name;
            if (!NAME.matcher(name).matches()) {
                throw new InvalidPropertiesException(field + ": '" + name + "' is not an attribute name (letters, "
                        + "digits, _ and -, as the plan spells it; NAME.sub for a sub-attribute of a NIC attribute)");
            }
            JsonNode v = e.getValue();
            String value;
            if (v.isTextual()) {
                value = v.asText();
            } else if (v.isNumber()) {
                value = v.decimalValue().stripTrailingZeros().toPlainString();
            } else if (v.isBoolean()) {
                value = String.valueOf(v.booleanValue());
            } else {
                throw new InvalidPropertiesException(label + " must be a string, a number or a boolean, not "
                        + InstanceProperties.kind(v));
            }
            AttributePlaceholders.check(label, value);
            result.put(name, value);
        }
        return result;
    }

    /** @return whether any OS deployment field was given */
    boolean any() {
        return planName != null || initAttribute != null || !attributes.isEmpty();
    }
}
