package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.RawJson;
import java.util.Objects;

/**
 * A machine a provider made for an instance, as the engine stores it.
 *
 * @param instanceId the instance the machine belongs to
 * @param data       the provider's own facts about the machine (for example a file path or a profile URI),
 *                   opaque to the engine, stored with the instance; never a secret
 */
public record Machine(String instanceId, RawJson data) {
    /** @throws NullPointerException if an argument is null */
    public Machine {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(data, "data");
    }
}
