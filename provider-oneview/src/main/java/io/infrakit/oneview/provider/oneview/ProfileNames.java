package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.InstancePluginException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Profile names. A pattern is text with placeholders: {@code {prefix}} ({@code ProfileName}, else
 * {@code TemplateName}), {@code {id}} (the instance ID, e.g. {@code instance-5078200716177350816}),
 * {@code {suffix}} (the instance ID without {@code instance-}), {@code {logicalId}} (the spec's LogicalID) and
 * {@code {group}} (the {@code infrakit.group} tag). The default, {@value #DEFAULT_PATTERN}, gives names like the C
 * plugin's ({@code Docker-5078200716177350816}) but from the instance ID, never from the JSON-RPC id.
 */
final class ProfileNames {

    /** The default pattern. */
    static final String DEFAULT_PATTERN = "{prefix}-{suffix}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final java.util.Set<String> NAMES = java.util.Set.of("prefix", "id", "suffix", "logicalId",
            "group");

    private ProfileNames() {
    }

    /**
     * @param pattern a pattern
     * @throws InvalidPropertiesException naming {@code ProfileNamePattern} when a placeholder is unknown or the
     *                                    pattern cannot give unique names
     */
    static void check(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        boolean unique = false;
        while (m.find()) {
            String name = m.group(1);
            if (!NAMES.contains(name)) {
                throw new InvalidPropertiesException(InstanceProperties.PROFILE_NAME_PATTERN + ": unknown placeholder {"
                        + name + "}; known: {prefix}, {id}, {suffix}, {logicalId}, {group}");
            }
            unique |= name.equals("id") || name.equals("suffix") || name.equals("logicalId");
        }
        if (!unique) {
            throw new InvalidPropertiesException(InstanceProperties.PROFILE_NAME_PATTERN + " '" + pattern
                    + "' must contain {id}, {suffix} or {logicalId} so that every profile gets its own name");
        }
        if (pattern.contains("'") || pattern.contains("\n")) {
            throw new InvalidPropertiesException(InstanceProperties.PROFILE_NAME_PATTERN
                    + " must not contain a single quote or a line break");
        }
    }

    /**
     * @param pattern the pattern, or null for the default
     * @return whether two instances with different IDs always get different names
     */
    static boolean uniquePerInstance(String pattern) {
        String p = pattern == null ? DEFAULT_PATTERN : pattern;
        return p.contains("{id}") || p.contains("{suffix}");
    }

    /**
     * @param pattern    the pattern, or null for the default
     * @param prefix     the prefix
     * @param instanceId the instance ID
     * @param logicalId  the LogicalID, or null
     * @param tags       the spec's tags
     * @return the profile name
     * @throws InstancePluginException when the pattern needs a LogicalID the spec does not have
     */
    static String render(String pattern, String prefix, String instanceId, String logicalId, Map<String, String> tags) {
        String p = pattern == null ? DEFAULT_PATTERN : pattern;
        if (logicalId == null && p.contains("{logicalId}") && !uniquePerInstance(p)) {
            throw new InstancePluginException(InstanceProperties.PROFILE_NAME_PATTERN + " '" + p + "' needs a LogicalID"
                    + " but the spec has none (use it for quorum groups only, or add {suffix})");
        }
        String suffix = instanceId.startsWith("instance-") ? instanceId.substring("instance-".length()) : instanceId;
        String group = tags.getOrDefault("infrakit.group", "");
        Matcher m = PLACEHOLDER.matcher(p);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "prefix" -> prefix;
                case "id" -> instanceId;
                case "suffix" -> suffix;
                case "logicalId" -> logicalId == null ? "" : logicalId;
                case "group" -> group;
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
