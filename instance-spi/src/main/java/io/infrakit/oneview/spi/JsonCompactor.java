package io.infrakit.oneview.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Checks that text is exactly one JSON value and removes the whitespace between tokens, nothing else. */
final class JsonCompactor {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonCompactor() {
    }

    static String compact(String text) {
        if (text == null) {
            throw new IllegalArgumentException("JSON text is missing");
        }
        validate(text);
        return stripWhitespace(text);
    }

    private static void validate(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("JSON text is empty");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new IllegalArgumentException("unexpected data after the JSON value at line " + at.getLineNr()
                        + ", column " + at.getColumnNr());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static String locationOf(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String stripWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
