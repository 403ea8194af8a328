package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.Spec;
import java.time.Instant;
import java.util.Objects;

/**
 * A provision that started and was never recorded, and whose writer is gone: the plugin process (or replica) that
 * ran it was killed, lost its session, or gave up on it after a failure it could not undo. The engine hands these
 * to {@link InstanceProvider#recover}.
 *
 * @param instanceId the instance ID the provision was given ({@link ProvisionRequest#instanceId()})
 * @param spec       the spec it was asked for, as stored: after {@link InstanceProvider#redact}, so secrets are
 *                   masked; {@link io.infrakit.oneview.spi.RawJson#NULL} properties when the state predates the
 *                   journal's specs
 * @param started    when the provision started
 */
public record UnfinishedProvision(String instanceId, Spec spec, Instant started) {

    /** @throws NullPointerException if an argument is null */
    public UnfinishedProvision {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(started, "started");
    }
}
