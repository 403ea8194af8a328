package io.infrakit.oneview.client.query;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One OneView filter expression, sent as {@code filter="<attribute> <operator> '<value>'"}. Values may contain
 * commas, spaces, double quotes and {@code %}; the whole parameter is URL-encoded when sent. A single quote
 * ({@code '}) cannot be expressed in a OneView filter value and is rejected. Several filters in one
 * {@link ListOptions} are ANDed by the appliance.
 *
 * <pre>{@code
 * Filter.eq("name", "Encl1, bay 3")             // filter="name='Encl1, bay 3'"
 * Filter.ne("state", "NoProfileApplied")        // filter="state ne 'NoProfileApplied'"
 * Filter.matches("name", "web%")                // filter="name matches 'web%'"
 * Filter.isNull("serverProfileUri")             // filter="serverProfileUri=NULL"
 * }</pre>
 */
public final class Filter {
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final String expression;

    private Filter(String expression) {
        this.expression = expression;
    }

    /**
     * Case-insensitive equality ({@code =}).
     *
     * @param attribute attribute name, dots for nested attributes
     * @param value     the value
     * @return the filter
     * @throws IllegalArgumentException for an invalid attribute or a value containing {@code '}
     */
    public static Filter eq(String attribute, String value) {
        return compare(attribute, "=", value);
    }

    /**
     * Case-sensitive equality ({@code ==}).
     *
     * @param attribute attribute name
     * @param value     the value
     * @return the filter
     * @throws IllegalArgumentException for an invalid attribute or a value containing {@code '}
     */
    public static Filter eqCaseSensitive(String attribute, String value) {
        return compare(attribute, "==", value);
    }

    /**
     * Case-insensitive inequality ({@code ne}).
     *
     * @param attribute attribute name
     * @param value     the value
     * @return the filter
     * @throws IllegalArgumentException for an invalid attribute or a value containing {@code '}
     */
    public static Filter ne(String attribute, String value) {
        return compare(attribute, "ne", value);
    }

    /**
     * Case-insensitive SQL-like match ({@code matches}; {@code %} any run, {@code _} any one character).
     *
     * @param attribute attribute name
     * @param pattern   the pattern
     * @return the filter
     * @throws IllegalArgumentException for an invalid attribute or a pattern containing {@code '}
     */
    public static Filter matches(String attribute, String pattern) {
        return compare(attribute, "matches", pattern);
    }

    /**
     * Null test ({@code attribute=NULL}).
     *
     * @param attribute attribute name
     * @return the filter
     * @throws IllegalArgumentException for an invalid attribute
     */
    public static Filter isNull(String attribute) {
        return new Filter(checkAttribute(attribute) + "=NULL");
    }

    /**
     * A comparison with any OneView operator ({@code =, ==, eq, seq, ne, sne, lt, le, gt, ge, matches, smatches,
     * regex, sregex}).
     *
     * @param attribute attribute name
     * @param operator  the operator
     * @param value     the value
     * @return the filter
     * @throws IllegalArgumentException for an invalid attribute or operator, or a value containing {@code '}
     */
    public static Filter compare(String attribute, String operator, String value) {
        Objects.requireNonNull(value, "value");
        if (!operator.matches("=|==|eq|seq|ne|sne|lt|le|gt|ge|matches|smatches|regex|sregex")) {
            throw new IllegalArgumentException("Unknown filter operator '" + operator + "'");
        }
        if (!isExpressible(value)) {
            throw new IllegalArgumentException("A OneView filter value cannot contain a single quote (') or a"
                    + " line break: " + value);
        }
        String op = Character.isLetter(operator.charAt(0)) ? " " + operator + " " : operator;
        return new Filter(checkAttribute(attribute) + op + "'" + value + "'");
    }

    /**
     * @param value a value
     * @return whether the value can be used in a filter (no single quote, no line break)
     */
    public static boolean isExpressible(String value) {
        return value.indexOf('\'') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0;
    }

    /**
     * @return the negation ({@code not <expression>})
     */
    public Filter not() {
        return new Filter("not " + expression);
    }

    /**
     * @return the expression without the surrounding double quotes, e.g. {@code name='web01'}
     */
    public String expression() {
        return expression;
    }

    /**
     * @return the unencoded parameter value, e.g. {@code "name='web01'"} (with the double quotes)
     */
    public String parameterValue() {
        return "\"" + expression + "\"";
    }

    private static String checkAttribute(String attribute) {
        Objects.requireNonNull(attribute, "attribute");
        if (!ATTRIBUTE.matcher(attribute).matches()) {
            throw new IllegalArgumentException("Invalid filter attribute name '" + attribute + "'");
        }
        return attribute;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filter f && f.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return parameterValue();
    }
}
