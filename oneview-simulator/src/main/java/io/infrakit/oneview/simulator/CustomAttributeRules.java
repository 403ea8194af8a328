package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The value rules of custom attributes (reference §2.3, §3.4): per type, with the attribute's constraints. Values
 * are text; an empty value means "not set" and passes. The reference's unconfirmed rules are applied strictly: no
 * {@code @} in any value, at most {@value OsDeploymentPlanSpec#MAX_TEXT_LENGTH} characters for text types, options
 * enforced. Internal.
 */
final class CustomAttributeRules {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern MAC = Pattern.compile("([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
    /** The sub-attributes every NIC attribute takes, besides the ones of its {@code parameters} constraint. */
    static final List<String> NIC_SETTINGS = List.of("connectionid", "networkuri", "constraint", "dhcp", "ipv4disable");

    private CustomAttributeRules() {
    }

    /**
     * @return why {@code value} is not a valid value of the attribute, or null when it is
     */
    static String violation(CustomAttributeType type, JsonNode constraints, String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.indexOf('@') >= 0) {
            return "a value must not contain '@' (plan scripts use it to mark attributes)";
        }
        return switch (type) {
            case STRING -> text(constraints, value);
            case PASSWORD -> password(constraints, value);
            case NUMBER -> number(constraints, value);
            case OPTION -> option(constraints, value);
            case HOSTNAME -> length(value) != null ? length(value) : LABEL.matcher(value).matches() ? null
                    : "'" + value + "' is no host name (letters, digits, '-' and '_', no dot, not starting with '-'"
                    + " or '_')";
            case FQDN -> length(value) != null ? length(value) : fqdn(value) ? null
                    : "'" + value + "' is no fully qualified domain name (labels of letters, digits, '-' and '_',"
                    + " at least one dot)";
            case IPV4 -> IPV4.matcher(value).matches() ? null : "'" + value + "' is no IPv4 address";
            case NIC -> "a NIC attribute is set through its sub-attributes (NAME.connectionid, NAME.dhcp, ...), "
                    + "not directly";
        };
    }

    /**
     * Checks one value a profile or template sets: the name must be an attribute of the plan (or {@code NIC.sub} of
     * one of its NIC attributes), editable, and the value valid.
     *
     * @param connectionIds the {@code id}s of the profile's connections, for {@code NIC.connectionid}
     * @return why the entry is refused, naming the attribute, or null when it is accepted
     */
    static String check(OsDeploymentPlanSpec plan, String name, String value, Set<String> connectionIds) {
        CustomAttributeSpec attribute = plan.attribute(name);
        String sub = null;
        int dot = name.indexOf('.');
        if (attribute == null && dot > 0) {
            CustomAttributeSpec nic = plan.attribute(name.substring(0, dot));
            if (nic != null && nic.type() == CustomAttributeType.NIC
                    && isNicSetting(nic.constraintsJson(), name.substring(dot + 1))) {
                attribute = nic;
                sub = name.substring(dot + 1);
            }
        }
        if (attribute == null) {
            return "the OS deployment plan '" + plan.name() + "' has no custom attribute '" + name + "'";
        }
        if (!attribute.editable()) {
            return "the custom attribute '" + name + "' of the OS deployment plan '" + plan.name()
                    + "' is not editable";
        }
        String violation = sub == null ? violation(attribute.type(), attribute.constraintsJson(), value)
                : nicViolation(attribute.constraintsJson(), sub, value, connectionIds);
        return violation == null ? null : "custom attribute '" + name + "' (" + attribute.type().wire() + "): "
                + violation;
    }

    /**
     * @param sub the part after the dot of {@code NAME.sub}
     * @return whether a NIC attribute with these constraints takes that sub-attribute
     */
    static boolean isNicSetting(JsonNode constraints, String sub) {
        return NIC_SETTINGS.contains(sub) || strings(constraints.get("parameters")).contains(sub);
    }

    /**
     * @param connectionIds the {@code id}s of the profile's connections
     * @return why {@code value} is not valid for sub-attribute {@code sub} of a NIC attribute, or null
     */
    static String nicViolation(JsonNode constraints, String sub, String value, Set<String> connectionIds) {
        if (value.isEmpty()) {
            return null;
        }
        switch (sub) {
            case "connectionid" -> {
                return connectionIds.contains(value) ? null : "'" + value + "' is not the id of a connection of the "
                        + "profile (ids: " + connectionIds + ")";
            }
            case "networkuri" -> {
                return value.startsWith("/rest/ethernet-networks/") || value.startsWith("/rest/network-sets/") ? null
                        : "'" + value + "' is no network URI";
            }
            case "constraint" -> {
                String mode = value.toLowerCase(Locale.ROOT);
                if (mode.equals("dhcp")) {
                    return constraints.path("ipv4dhcp").asBoolean(false) ? null : "the plan allows no DHCP here";
                }
                if (mode.equals("auto") || mode.equals("userspecified")) {
                    return constraints.path("ipv4static").asBoolean(false) ? null
                            : "the plan allows no static address here";
                }
                return "'" + value + "' is none of auto, dhcp, userspecified";
            }
            case "dhcp", "ipv4disable" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return "'" + value + "' is neither true nor false";
                }
                return sub.equals("ipv4disable") && value.equals("true")
                        && !constraints.path("ipv4disable").asBoolean(false) ? "the plan allows no disabled NIC here"
                        : null;
            }
            case "vlanid" -> {
                return INTEGER.matcher(value).matches() && Integer.parseInt(value) <= 4094 ? null
                        : "'" + value + "' is no VLAN id (0 to 4094)";
            }
            case "domain" -> {
                return fqdn(value) || LABEL.matcher(value).matches() ? null : "'" + value + "' is no domain name";
            }
            default -> {
                if (sub.startsWith("mac")) {
                    return MAC.matcher(value).matches() ? null : "'" + value + "' is no MAC address";
                }
                return IPV4.matcher(value).matches() ? null : "'" + value + "' is no IPv4 address";
            }
        }
    }

    private static String length(String value) {
        return value.length() > OsDeploymentPlanSpec.MAX_TEXT_LENGTH ? "the value is " + value.length()
                + " characters long; at most " + OsDeploymentPlanSpec.MAX_TEXT_LENGTH + " are allowed" : null;
    }

    private static String text(JsonNode constraints, String value) {
        String tooLong = length(value);
        if (tooLong != null) {
            return tooLong;
        }
        String regex = constraints.path("regex").asText("");
        if (!regex.isEmpty()) {
            try {
                if (!Pattern.compile(regex).matcher(value).matches()) {
                    return "the value does not match the plan's regex " + regex;
                }
            } catch (PatternSyntaxException e) {
                return "the plan's regex " + regex + " is not valid";
            }
        }
        List<String> options = strings(constraints.get("options"));
        return options.isEmpty() || options.contains(value) ? null : "'" + value + "' is none of " + options;
    }

    private static String password(JsonNode constraints, String value) {
        Integer min = integer(constraints.get("minlen"));
        Integer max = integer(constraints.get("maxlen"));
        int limit = max != null ? max : OsDeploymentPlanSpec.MAX_TEXT_LENGTH;
        if (value.length() > limit) {
            return "the password is " + value.length() + " characters long; at most " + limit + " are allowed";
        }
        if (min != null && value.length() < min) {
            return "the password is " + value.length() + " characters long; at least " + min + " are required";
        }
        return null;
    }

    private static String number(JsonNode constraints, String value) {
        if (!NUMBER.matcher(value).matches()) {
            return "'" + value + "' is no number";
        }
        BigDecimal v = new BigDecimal(value);
        BigDecimal min = decimal(constraints.get("minimum"));
        BigDecimal max = decimal(constraints.get("maximum"));
        BigDecimal step = decimal(constraints.get("increment"));
        if (min != null && v.compareTo(min) < 0) {
            return value + " is less than the minimum " + min.toPlainString();
        }
        if (max != null && v.compareTo(max) > 0) {
            return value + " is more than the maximum " + max.toPlainString();
        }
        if (step != null && step.signum() > 0
                && v.subtract(min == null ? BigDecimal.ZERO : min).remainder(step).signum() != 0) {
            return value + " is not a multiple of the increment " + step.toPlainString()
                    + (min == null ? "" : " from " + min.toPlainString());
        }
        return null;
    }

    private static String option(JsonNode constraints, String value) {
        List<String> options = strings(constraints.get("options"));
        return options.contains(value) ? null : "'" + value + "' is none of " + options;
    }

    private static boolean fqdn(String value) {
        if (length(value) != null || !value.contains(".")) {
            return false;
        }
        for (String label : value.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(o -> list.add(o.asText()));
        }
        return list;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText().strip();
        return NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    private static Integer integer(JsonNode node) {
        BigDecimal d = decimal(node);
        return d == null ? null : d.intValue();
    }
}
