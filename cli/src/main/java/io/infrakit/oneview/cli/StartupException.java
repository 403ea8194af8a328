package io.infrakit.oneview.cli;

/** The plugin cannot start; the message says why and what to do, and is printed without a stack trace. */
class StartupException extends RuntimeException {

    StartupException(String message) {
        super(message);
    }

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
