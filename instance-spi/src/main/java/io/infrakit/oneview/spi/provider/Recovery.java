package io.infrakit.oneview.spi.provider;

import java.util.Objects;

/**
 * What a provider found and did for one {@link UnfinishedProvision} ({@link InstanceProvider#recover}).
 *
 * @param instanceId the unfinished provision's instance ID
 * @param outcome    adopted, cleaned up, or not settled yet
 * @param machine    the machine to record, for {@link Outcome#ADOPTED}; null otherwise
 * @param detail     a short reason, logged; never a secret
 */
public record Recovery(String instanceId, Outcome outcome, Machine machine, String detail) {

    /** How an unfinished provision was settled. */
    public enum Outcome {
        /** A complete, working machine exists for the ID: the engine records it as an active instance. */
        ADOPTED,
        /** Nothing is left of the provision (whatever it made was removed, or it made nothing): it is forgotten. */
        CLEANED_UP,
        /** Not settled yet (work in progress, a removal running, the backend unreachable): offered again later. */
        PENDING
    }

    /** @throws IllegalArgumentException when an adoption has no machine for the ID, or another outcome has one */
    public Recovery {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        if ((outcome == Outcome.ADOPTED) != (machine != null)) {
            throw new IllegalArgumentException("an adoption, and only an adoption, carries the machine");
        }
        if (machine != null && !machine.instanceId().equals(instanceId)) {
            throw new IllegalArgumentException("the adopted machine is instance " + machine.instanceId() + "'s, not "
                    + instanceId + "'s");
        }
    }

    /**
     * @param machine the machine found, for the provision's instance ID (never a secret in its data)
     * @param detail  what was found
     * @return the machine is to be recorded
     */
    public static Recovery adopted(Machine machine, String detail) {
        return new Recovery(machine.instanceId(), Outcome.ADOPTED, machine, detail);
    }

    /**
     * @param instanceId the provision's instance ID
     * @param detail     what was removed, or that nothing was found
     * @return nothing is left of the provision
     */
    public static Recovery cleanedUp(String instanceId, String detail) {
        return new Recovery(instanceId, Outcome.CLEANED_UP, null, detail);
    }

    /**
     * @param instanceId the provision's instance ID
     * @param detail     why it cannot be settled yet
     * @return the provision is to be offered again later
     */
    public static Recovery pending(String instanceId, String detail) {
        return new Recovery(instanceId, Outcome.PENDING, null, detail);
    }
}
