package io.infrakit.oneview.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Checks that a text is exactly one JSON object; never puts the text itself in a message. */
final class JsonDocuments {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonDocuments() {
    }

    /**
     * @param json  the document to write
     * @param where the store's location, for messages
     * @throws IllegalArgumentException when the text is not one JSON object
     */
    static void requireObject(String json, String where) {
        String problem = problemWith(json);
        if (problem != null) {
            throw new IllegalArgumentException("refusing to write to the state store " + where
                    + ": the document is not a JSON object (" + problem + ")");
        }
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "not JSON";
        };
    }

    /**
     * @param json a text
     * @return null when the text is one JSON object, else what is wrong with it (line and column, no content)
     */
    static String problemWith(String json) {
        if (json == null) {
            return "no document";
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return "it is empty";
            }
            if (first != JsonToken.START_OBJECT) {
                return "it is " + kind(first) + ", not an object";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "unexpected data after the object at line " + parser.currentTokenLocation().getLineNr()
                        + ", column " + parser.currentTokenLocation().getColumnNr();
            }
            return null;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return "malformed JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
