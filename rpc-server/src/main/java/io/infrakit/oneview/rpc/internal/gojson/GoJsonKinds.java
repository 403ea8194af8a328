package io.infrakit.oneview.rpc.internal.gojson;

import com.fasterxml.jackson.core.JsonToken;

/** Names JSON values the way Go's decoder does in its error messages. */
public final class GoJsonKinds {

    private GoJsonKinds() {
    }

    public static String of(JsonToken token) {
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
