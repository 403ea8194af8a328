package io.infrakit.oneview.simulator;

/**
 * The {@code state} of a server profile, with the moves of profile tasks (reference §3.3): a task moves a
 * {@link #NORMAL} profile to its in-progress state and back (or, for a create or delete that succeeds, into or out
 * of existence). Internal.
 */
enum ProfileState implements Transitions<ProfileState> {
    NORMAL("Normal"),
    CREATING("Creating"),
    UPDATING("Updating"),
    DELETING("Deleting");

    private final String wire;

    ProfileState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    @Override
    public boolean canBecome(ProfileState next) {
        return this == NORMAL ? next != CREATING : next == NORMAL;
    }

    /** @return whether a task runs on the profile ({@code inProgress}) */
    boolean inProgress() {
        return this != NORMAL;
    }
}
