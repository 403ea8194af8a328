package io.infrakit.oneview.client.query;

import java.util.Objects;

/**
 * A sort key, sent as {@code sort=<attribute>:asc} or {@code :desc}.
 *
 * @param attribute  the attribute
 * @param ascending  ascending or descending
 */
public record Sort(String attribute, boolean ascending) {

    /**
     * Validates the attribute.
     *
     * @param attribute see the record component
     * @param ascending see the record component
     */
    public Sort {
        Objects.requireNonNull(attribute, "attribute");
        if (!attribute.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("Invalid sort attribute '" + attribute + "'");
        }
    }

    /**
     * @param attribute the attribute
     * @return an ascending sort
     */
    public static Sort asc(String attribute) {
        return new Sort(attribute, true);
    }

    /**
     * @param attribute the attribute
     * @return a descending sort
     */
    public static Sort desc(String attribute) {
        return new Sort(attribute, false);
    }

    /**
     * @return the parameter value, e.g. {@code name:asc}
     */
    public String parameterValue() {
        return attribute + (ascending ? ":asc" : ":desc");
    }
}
