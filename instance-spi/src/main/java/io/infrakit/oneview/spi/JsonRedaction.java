package io.infrakit.oneview.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Set;

/**
 * Masks secret members of a JSON value (for example {@code OneViewPassword} in instance properties) before it is
 * stored or reported, leaving every other byte as it was.
 */
public final class JsonRedaction {

    /** What a masked value becomes: the JSON string {@code "REDACTED"}. */
    public static final String MASK = "\"REDACTED\"";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonRedaction() {
    }

    /**
     * Replaces the value of every object member named in {@code fieldNames}, at any depth, by {@link #MASK}.
     *
     * @param json       a JSON value
     * @param fieldNames the member names to mask (case-sensitive)
     * @return the same JSON with those values masked; {@code json} itself when nothing matched
     */
    public static RawJson mask(RawJson json, Set<String> fieldNames) {
        Objects.requireNonNull(json, "json");
        if (fieldNames.isEmpty() || !json.isObject() && !json.json().startsWith("[")) {
            return json;
        }
        String text = json.json();
        if (!mayName(text, fieldNames)) {
            return json;
        }
        StringBuilder out = null;
        int copied = 0;
        try (JsonParser p = FACTORY.createParser(text)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && fieldNames.contains(p.currentName())) {
                    p.nextToken();
                    RawJsonCutter.Span value = RawJsonCutter.span(p);
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, value.start()).append(MASK);
                    copied = value.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("RawJson holds invalid JSON", e);
        }
        if (out == null) {
            return json;
        }
        return new RawJson(out.append(text, copied, text.length()).toString());
    }

    /**
     * Whether the text may hold a member with one of the names: without a backslash every member name appears in
     * it literally, so a text that contains none of them needs no parsing (the common case: most properties hold no
     * secret). With a backslash a name may be written with escapes, and the text is parsed.
     */
    private static boolean mayName(String text, Set<String> fieldNames) {
        if (text.indexOf('\\') >= 0) {
            return true;
        }
        for (String name : fieldNames) {
            if (text.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
