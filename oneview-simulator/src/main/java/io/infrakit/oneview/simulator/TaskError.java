package io.infrakit.oneview.simulator;

/**
 * Why a task ends in {@code Error}: {@code taskErrors[0]}'s {@code errorCode} and {@code message}. Internal.
 *
 * @param code    an {@link ErrorCodes} value
 * @param message the message
 */
record TaskError(String code, String message) {
}
