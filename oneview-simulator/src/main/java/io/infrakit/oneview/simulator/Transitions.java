package io.infrakit.oneview.simulator;

/**
 * A state of a simulated resource that knows which states may follow it. Internal.
 *
 * @param <S> the enum implementing it
 */
interface Transitions<S extends Enum<S> & Transitions<S>> {

    /** @return the value the appliance's JSON carries, e.g. {@code NoProfileApplied} */
    String wire();

    /** @return whether {@code next} may follow this state */
    boolean canBecome(S next);

    /**
     * @param next the state to move to
     * @return {@code next}
     * @throws IllegalStateException when the move is not one the appliance makes: a simulator bug
     */
    default S to(S next) {
        if (next != this && !canBecome(next)) {
            throw new IllegalStateException(getClass().getSimpleName() + " cannot go from " + wire() + " to "
                    + next.wire());
        }
        return next;
    }
}
