package io.infrakit.oneview.provider.oneview;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A password held in memory. It never shows itself: {@link #toString()} is {@code ****}, so a secret that ends up
 * in a log line, an exception message or a record's {@code toString()} reveals nothing.
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

    /** @return the secret text, to hand to the OneView client only */
    String reveal() {
        return value;
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

    @Override
    public String toString() {
        return "****";
    }
}
