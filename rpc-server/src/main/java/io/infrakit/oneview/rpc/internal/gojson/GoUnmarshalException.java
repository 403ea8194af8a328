package io.infrakit.oneview.rpc.internal.gojson;

/** The {@code params} of a request do not decode into the method's arguments (answered with -32600). */
public final class GoUnmarshalException extends Exception {

    public GoUnmarshalException(String message) {
        super(message, null, false, false);
    }
}
