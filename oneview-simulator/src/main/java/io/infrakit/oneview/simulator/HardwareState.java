package io.infrakit.oneview.simulator;

import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code state} of a server hardware, with the moves the simulator makes between them (reference §3.5). Only
 * {@link #NO_PROFILE_APPLIED} takes a new profile. Internal.
 */
enum HardwareState implements Transitions<HardwareState> {
    /** Free: no profile, can take one. */
    NO_PROFILE_APPLIED("NoProfileApplied"),
    /** A profile is being applied (create, update, or a profile moving in). */
    APPLYING_PROFILE("ApplyingProfile"),
    /** Holds a profile. */
    PROFILE_APPLIED("ProfileApplied"),
    /** Its profile is being removed (delete, or a profile moving away). */
    REMOVING_PROFILE("RemovingProfile"),
    /** A profile operation failed on it; it takes no profile until an operator fixes it. */
    PROFILE_ERROR("ProfileError"),
    /** Managed with a monitoring-only licence: it never takes a profile. */
    MONITORED("Monitored"),
    /** A background firmware update runs on it; operations on it answer 409 until it ends. */
    UPDATING_FIRMWARE("UpdatingFirmware");

    private final String wire;

    HardwareState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    private Set<HardwareState> successors() {
        return switch (this) {
            case NO_PROFILE_APPLIED -> EnumSet.of(APPLYING_PROFILE, UPDATING_FIRMWARE);
            case APPLYING_PROFILE -> EnumSet.of(PROFILE_APPLIED, NO_PROFILE_APPLIED);
            case PROFILE_APPLIED -> EnumSet.of(APPLYING_PROFILE, REMOVING_PROFILE, UPDATING_FIRMWARE);
            case REMOVING_PROFILE -> EnumSet.of(NO_PROFILE_APPLIED, PROFILE_APPLIED);
            case UPDATING_FIRMWARE -> EnumSet.of(NO_PROFILE_APPLIED, PROFILE_APPLIED);
            case PROFILE_ERROR, MONITORED -> EnumSet.noneOf(HardwareState.class);
        };
    }

    @Override
    public boolean canBecome(HardwareState next) {
        return successors().contains(next);
    }

    /** @return whether a profile operation is running on the server */
    boolean isTransitional() {
        return this == APPLYING_PROFILE || this == REMOVING_PROFILE || this == UPDATING_FIRMWARE;
    }
}
