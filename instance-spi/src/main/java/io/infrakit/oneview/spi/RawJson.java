package io.infrakit.oneview.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Objects;

/**
 * An opaque JSON value kept as compact text, so that it survives storage and transport byte for byte:
 * number literals ({@code 1.50}, {@code 12345678901234567890}) and key order are preserved.
 *
 * <p>InfraKit treats instance {@code Properties} as raw JSON; this type is how the plugin carries them.
 * {@link #of(String)} checks that text is exactly one JSON value and compacts it: use it for any text from outside.
 * The canonical constructor checks nothing: it is for text already known to be one compact JSON value, such as
 * the output of a JSON generator or a value cut from parsed input with {@link RawJsonCutter}.
 *
 * @param json the compact JSON text; never {@code null} (a JSON null is the text {@code null})
 */
public record RawJson(String json) {

    /** The JSON literal {@code null}. */
    public static final RawJson NULL = new RawJson("null");

    /** The empty JSON object {@code {}}. */
    public static final RawJson EMPTY_OBJECT = new RawJson("{}");

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /**
     * Takes text known to be one compact JSON value, unchecked; text from outside goes through {@link #of(String)}.
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
        if (text == null) {
            throw new IllegalArgumentException("JSON text is missing");
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("JSON text is empty");
            }
            RawJson value = RawJsonCutter.cut(parser, text);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new IllegalArgumentException("unexpected data after the JSON value at line " + at.getLineNr()
                        + ", column " + at.getColumnNr());
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JSON: " + e.getMessage(), e);
        }
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
