package io.infrakit.oneview.spi;

import java.util.Objects;

/**
 * The context of a destroy request.
 *
 * @param reason why the instance is destroyed; never null
 */
public record DestroyContext(DestroyReason reason) {

    /** A context with no reason, as pre-0.6.0 clients send. */
    public static final DestroyContext UNSPECIFIED = new DestroyContext(DestroyReason.UNSPECIFIED);

    /** A {@code terminate} context. */
    public static final DestroyContext TERMINATE = new DestroyContext(DestroyReason.TERMINATE);

    /** @throws NullPointerException if {@code reason} is null */
    public DestroyContext {
        Objects.requireNonNull(reason, "reason");
    }
}
