package io.infrakit.oneview.engine;

import java.security.SecureRandom;
import java.util.function.Supplier;

/** Instance ID generators. */
public final class InstanceIds {

    private InstanceIds() {
    }

    /**
     * IDs like InfraKit's own plugins make: {@code instance-} and a random non-negative 63-bit decimal number
     * from a {@link SecureRandom}, so that processes started alike never repeat each other. The engine also
     * checks each ID against its state and the provider refuses IDs in use on the backend.
     *
     * @return a thread-safe generator
     */
    public static Supplier<String> random() {
        SecureRandom random = new SecureRandom();
        return () -> "instance-" + (random.nextLong() & Long.MAX_VALUE);
    }
}
