package io.infrakit.oneview.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A password held in memory that never shows itself: {@link #toString()} is {@code ****}, so a secret that ends up
 * in a log line, an exception message or a record's {@code toString()} reveals nothing. Only the client reads the
 * value back (to log in); code that merely passes a secret on cannot. Immutable; equality compares the values in
 * constant time.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * @param value the secret text
     * @return the secret
     * @throws NullPointerException if value is null
     */
    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    /** @return the secret text: for the login request only */
    String reveal() {
        return value;
    }

    /**
     * @return whether the secret is the empty string
     */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && MessageDigest.isEqual(s.value.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * @return {@code ****}
     */
    @Override
    public String toString() {
        return "****";
    }
}
