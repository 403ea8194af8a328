package io.infrakit.oneview.cli;

/** A flag's value is not usable; the plugin exits with status 2, like a flag it does not know. */
final class UsageException extends StartupException {

    UsageException(String message) {
        super(message);
    }
}
