package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Locale;

/** Reads the fields of admin request bodies, with a 400 naming the field for a bad one. Internal. */
final class AdminBodies {

    private AdminBodies() {
    }

    /** @return the field as a long, {@code defaultValue} when absent; 400 when absent and {@code defaultValue} null */
    static long longField(JsonNode body, String name, Long defaultValue) throws ApiException {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (defaultValue == null) {
                throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, name + " (an integer) is required");
            }
            return defaultValue;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, name + " must be an integer, got " + value);
        }
        return value.asLong();
    }

    static long requiredLong(JsonNode body, String name) throws ApiException {
        return longField(body, name, null);
    }

    static String requiredText(JsonNode body, String name) throws ApiException {
        String value = Json.text(body, name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, name + " (a string) is required");
        }
        return value;
    }

    /** @return the field's {@code pathPrefix}, empty when absent */
    static String prefix(JsonNode body) {
        String prefix = Json.text(body, "pathPrefix");
        return prefix == null ? "" : prefix;
    }

    /** Enum values are case-insensitive, {@code -} stands for {@code _}. */
    static <E extends Enum<E>> E enumField(Class<E> type, JsonNode body, String name) throws ApiException {
        String value = requiredText(body, name);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, name + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", got '" + value + "'");
        }
    }
}
