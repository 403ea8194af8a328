package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.Spec;
import java.util.Objects;

/**
 * A request to make a machine.
 *
 * @param instanceId the ID the engine chose for the instance; providers record it with the machine so that
 *                   they can recognise their own machines later
 * @param spec       what InfraKit asked for
 */
public record ProvisionRequest(String instanceId, Spec spec) {
    /** @throws NullPointerException if an argument is null */
    public ProvisionRequest {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(spec, "spec");
    }
}
