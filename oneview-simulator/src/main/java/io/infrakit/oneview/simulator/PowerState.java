package io.infrakit.oneview.simulator;

/**
 * The {@code powerState} of a server hardware, with the moves of power tasks (reference §3.6). A power loss
 * ({@link ServerFailure#POWERED_OFF}) may turn any state {@link #OFF}. Internal.
 */
enum PowerState implements Transitions<PowerState> {
    ON("On"),
    OFF("Off"),
    POWERING_ON("PoweringOn"),
    POWERING_OFF("PoweringOff"),
    RESETTING("Resetting");

    private final String wire;

    PowerState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    @Override
    public boolean canBecome(PowerState next) {
        if (next == OFF) {
            return true;
        }
        return switch (this) {
            case OFF -> next == POWERING_ON;
            case ON -> next == POWERING_OFF || next == RESETTING;
            case POWERING_ON, POWERING_OFF, RESETTING -> next == ON;
        };
    }

    /** @return whether a power task is running */
    boolean isTransitional() {
        return this == POWERING_ON || this == POWERING_OFF || this == RESETTING;
    }

    /**
     * @param wire {@code On} or {@code Off}
     * @return the state, or null for any other text
     */
    static PowerState target(String wire) {
        return "On".equals(wire) ? ON : "Off".equals(wire) ? OFF : null;
    }
}
