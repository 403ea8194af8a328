package io.infrakit.oneview.rpc;

/** The {@code params} of a request do not decode into the method's arguments (answered with -32600). */
final class BadParamsException extends Exception {

    BadParamsException(String message) {
        super(message, null, false, false);
    }
}
