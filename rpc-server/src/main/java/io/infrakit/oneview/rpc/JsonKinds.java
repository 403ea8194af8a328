package io.infrakit.oneview.rpc;

import com.fasterxml.jackson.core.JsonToken;

/** Names JSON values the way Go's decoder does in its error messages. */
final class JsonKinds {

    private JsonKinds() {
    }

    static String of(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "bool";
            default -> "null";
        };
    }
}
