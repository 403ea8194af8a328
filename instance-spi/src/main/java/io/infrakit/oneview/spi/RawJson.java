package io.infrakit.oneview.spi;

import java.util.Objects;

/**
 * An opaque JSON value kept as compact text, so that it survives storage and transport byte for byte:
 * number literals ({@code 1.50}, {@code 12345678901234567890}) and key order are preserved.
 *
 * <p>InfraKit treats instance {@code Properties} as raw JSON; this type is how the plugin carries them.
 * Instances are created only through {@link #of(String)}, which checks the text is exactly one JSON value
 * and removes insignificant whitespace.
 *
 * @param json the compact JSON text; never {@code null} (a JSON null is the text {@code null})
 */
public record RawJson(String json) {

    /** The JSON literal {@code null}. */
    public static final RawJson NULL = new RawJson("null");

    /** The empty JSON object {@code {}}. */
    public static final RawJson EMPTY_OBJECT = new RawJson("{}");

    /**
     * Canonical constructor; prefer {@link #of(String)}, which validates and compacts.
     *
     * @throws NullPointerException if {@code json} is null
     */
    public RawJson {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Validates and compacts JSON text.
     *
     * @param text one JSON value, possibly with whitespace
     * @return the compacted value
     * @throws IllegalArgumentException if the text is not exactly one well-formed JSON value; the message
     *                                  says what is wrong and where
     */
    public static RawJson of(String text) {
        return new RawJson(JsonCompactor.compact(text));
    }

    /** @return true when this is the JSON literal {@code null} */
    public boolean isNull() {
        return "null".equals(json);
    }

    /** @return true when this value is a JSON object */
    public boolean isObject() {
        return json.startsWith("{");
    }

    @Override
    public String toString() {
        return json;
    }
}
