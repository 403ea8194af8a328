package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of {@code OSCustomAttributes} values: {@code {id}} (the instance ID), {@code {suffix}} (the ID
 * without {@code instance-}), {@code {logicalId}} (the spec's LogicalID), {@code {group}} (the {@code infrakit.group}
 * tag) and {@code {profileName}} (the server profile's name).
 *
 * @param id          the instance ID
 * @param suffix      the instance ID without {@code instance-}
 * @param logicalId   the LogicalID, or null when the spec has none
 * @param group       the {@code infrakit.group} tag, or empty
 * @param profileName the profile's name
 */
record AttributePlaceholders(String id, String suffix, String logicalId, String group, String profileName) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> NAMES = Set.of("id", "suffix", "logicalId", "group", "profileName");
    private static final String KNOWN = "{id}, {suffix}, {logicalId}, {group}, {profileName}";

    /** Values of the right kind, for checking values with placeholders at Validate (no instance exists yet). */
    static final AttributePlaceholders SAMPLE = new AttributePlaceholders("instance-1", "1", "logical-1", "group",
            "profile-1");

    /**
     * @param id          the instance ID
     * @param logicalId   the LogicalID, or null
     * @param group       the group tag, or empty
     * @param profileName the profile name
     * @return the values of one instance
     */
    static AttributePlaceholders of(String id, String logicalId, String group, String profileName) {
        return new AttributePlaceholders(id, id.startsWith("instance-") ? id.substring("instance-".length()) : id,
                logicalId, group == null ? "" : group, profileName);
    }

    /**
     * @param field the field, for the message ({@code OSCustomAttributes.HostName})
     * @param value a value
     * @throws InvalidPropertiesException naming the field when a placeholder is unknown
     */
    static void check(String field, String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                throw new InvalidPropertiesException(field + ": unknown placeholder {" + m.group(1) + "}; known: "
                        + KNOWN);
            }
        }
    }

    /**
     * @param field the field, for the message
     * @param value a value whose placeholders were checked
     * @return the value with every placeholder replaced
     * @throws InstancePluginException naming the field when it uses {@code {logicalId}} and the spec has none
     */
    String render(String field, String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "id" -> id;
                case "suffix" -> suffix;
                case "logicalId" -> {
                    if (logicalId == null) {
                        throw new InstancePluginException(field + " uses {logicalId} but the spec has no LogicalID"
                                + " (use it for quorum groups only)");
                    }
                    yield logicalId;
                }
                case "group" -> group;
                case "profileName" -> profileName;
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
