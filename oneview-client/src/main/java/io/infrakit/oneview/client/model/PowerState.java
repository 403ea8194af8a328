package io.infrakit.oneview.client.model;

/**
 * Power state of a server hardware.
 */
public enum PowerState {
    /** Powered on. */
    ON("On"),
    /** Powered off. */
    OFF("Off"),
    /** Powering on. */
    POWERING_ON("PoweringOn"),
    /** Powering off. */
    POWERING_OFF("PoweringOff"),
    /** Resetting. */
    RESETTING("Resetting"),
    /** Unknown, or a value this client does not know. */
    UNKNOWN("Unknown");

    private final String value;

    PowerState(String value) {
        this.value = value;
    }

    /**
     * @return the value on the wire, e.g. {@code On}
     */
    public String value() {
        return value;
    }

    /**
     * @param value a wire value (may be {@code null})
     * @return the matching state, {@link #UNKNOWN} for {@code null} or an unrecognised value
     */
    public static PowerState fromValue(String value) {
        for (PowerState s : values()) {
            if (s.value.equals(value)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
