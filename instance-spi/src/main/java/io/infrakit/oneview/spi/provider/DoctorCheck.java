package io.infrakit.oneview.spi.provider;

import java.util.Objects;

/**
 * One finding of {@code doctor}: a check, what it found, and, when it failed, what to do.
 *
 * <p>Messages and fixes are shown to operators and printed in the {@code --json} report: they never hold a secret
 * (a password, a session token, a private key).
 *
 * @param check   a stable, machine-readable name, lower case with dots and dashes ({@code appliance.login},
 *                {@code group.free-servers}); the same check for several subjects shares the name
 * @param subject what the check was about when there are several (a group ID), or null
 * @param status  the outcome
 * @param message what was found, one line
 * @param fix     for a failure, what to change (naming flags and properties), one line; null otherwise
 */
public record DoctorCheck(String check, String subject, Status status, String message, String fix) {

    /** The outcome of a check. */
    public enum Status {
        /** The check passed. */
        PASS,
        /** The check failed: the plugin will not work (fully) until the fix is applied. */
        FAIL,
        /** The check did not apply or could not run (an earlier check failed, nothing to check). */
        SKIP
    }

    /** @throws IllegalArgumentException when a failure has no fix, or a text spans several lines */
    public DoctorCheck {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if (status == Status.FAIL && (fix == null || fix.isBlank())) {
            throw new IllegalArgumentException("a failed check names its fix: " + check);
        }
        message = oneLine(message);
        fix = fix == null ? null : oneLine(fix);
    }

    /**
     * @param check   the check's name
     * @param subject the subject, or null
     * @param message what was found
     * @return a passed check
     */
    public static DoctorCheck pass(String check, String subject, String message) {
        return new DoctorCheck(check, subject, Status.PASS, message, null);
    }

    /**
     * @param check   the check's name
     * @param subject the subject, or null
     * @param message what is wrong
     * @param fix     what to do
     * @return a failed check
     */
    public static DoctorCheck fail(String check, String subject, String message, String fix) {
        return new DoctorCheck(check, subject, Status.FAIL, message, fix);
    }

    /**
     * @param check   the check's name
     * @param subject the subject, or null
     * @param message why it was not checked
     * @return a skipped check
     */
    public static DoctorCheck skip(String check, String subject, String message) {
        return new DoctorCheck(check, subject, Status.SKIP, message, null);
    }

    /** @return whether the check failed */
    public boolean failed() {
        return status == Status.FAIL;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
