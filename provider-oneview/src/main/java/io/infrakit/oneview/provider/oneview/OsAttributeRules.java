package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.model.OsCustomAttributeType;
import io.infrakit.oneview.client.model.OsDeploymentPlanAttribute;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a value fits a custom attribute of an OS deployment plan, by the rules Image Streamer documents: no
 * {@code @} in any value; the length limit ({@code maxlen}, else 254 characters for {@code string}, {@code hostname}
 * and {@code fqdn}) and {@code minlen}; the {@code regex} constraint; a {@code number} within
 * {@code minimum}..{@code maximum}; an {@code option} among its {@code options}; a {@code hostname} of letters,
 * digits, {@code -} and {@code _} without a dot, an {@code fqdn} with one; an {@code ipv4} address. A constraint the
 * plan states in a form this class cannot read (a regex Java does not compile) is not held against the value.
 */
final class OsAttributeRules {

    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern FQDN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)+\\.?");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private OsAttributeRules() {
    }

    /**
     * @param attribute the plan's attribute
     * @param value     the value
     * @return what is wrong with the value (a phrase such as {@code is 300 characters long; the attribute takes at
     *         most 254}), empty when it fits
     */
    static Optional<String> problem(OsDeploymentPlanAttribute attribute, String value) {
        if (value.indexOf('@') >= 0) {
            return Optional.of("contains @, which OneView refuses in custom attribute values (plan scripts mark"
                    + " attributes with it)");
        }
        Integer max = attribute.maxValueLength();
        if (max != null && value.length() > max) {
            return Optional.of("is " + value.length() + " characters long; the attribute takes at most " + max);
        }
        Integer min = attribute.minLength();
        if (min != null && value.length() < min) {
            return Optional.of("is " + value.length() + " characters long; the attribute takes at least " + min);
        }
        String regex = attribute.regex();
        if (regex != null && !matches(regex, value)) {
            return Optional.of("does not match the attribute's pattern " + regex);
        }
        OsCustomAttributeType type = attribute.type();
        return switch (type) {
            case NUMBER -> number(attribute, value);
            case OPTION -> {
                List<String> options = attribute.options();
                yield options.isEmpty() || options.contains(value) ? Optional.empty()
                        : Optional.of("is not one of the attribute's options " + options);
            }
            case HOSTNAME -> HOSTNAME.matcher(value).matches() ? Optional.empty()
                    : Optional.of("is not a host name (letters, digits, - and _, not starting with - or _, no dot)");
            case FQDN -> FQDN.matcher(value).matches() ? Optional.empty()
                    : Optional.of("is not a fully qualified domain name (labels of letters, digits, - and _, with at "
                    + "least one dot)");
            case IPV4 -> IPV4.matcher(value).matches() ? Optional.empty()
                    : Optional.of("is not an IPv4 address");
            case NIC -> Optional.of("sets a NIC attribute as a whole; set its sub-attributes instead (" + attribute.name()
                    + ".connectionid, " + attribute.name() + ".dhcp, ...)");
            default -> Optional.empty();
        };
    }

    private static Optional<String> number(OsDeploymentPlanAttribute attribute, String value) {
        BigDecimal n;
        try {
            n = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return Optional.of("is not a number");
        }
        if (attribute.minimum() != null && n.compareTo(attribute.minimum()) < 0) {
            return Optional.of("is below the attribute's minimum " + attribute.minimum().toPlainString());
        }
        if (attribute.maximum() != null && n.compareTo(attribute.maximum()) > 0) {
            return Optional.of("is above the attribute's maximum " + attribute.maximum().toPlainString());
        }
        return Optional.empty();
    }

    /**
     * @param regex a constraint's regex
     * @param value a value
     * @return whether the value matches it whole; true when Java cannot compile the regex (not held against it)
     */
    static boolean matches(String regex, String value) {
        try {
            return Pattern.compile(regex).matcher(value).matches();
        } catch (PatternSyntaxException unreadable) {
            return true;
        }
    }
}
