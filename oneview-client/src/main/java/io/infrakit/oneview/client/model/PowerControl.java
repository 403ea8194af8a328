package io.infrakit.oneview.client.model;

/**
 * How a power state change is carried out ({@code powerControl}).
 */
public enum PowerControl {
    /** Power on, or a graceful power off. */
    MOMENTARY_PRESS("MomentaryPress"),
    /** Immediate hard power off. */
    PRESS_AND_HOLD("PressAndHold"),
    /** Remove power and restart after a few seconds. */
    COLD_BOOT("ColdBoot"),
    /** Orderly reset. */
    RESET("Reset");

    private final String value;

    PowerControl(String value) {
        this.value = value;
    }

    /**
     * @return the value on the wire, e.g. {@code MomentaryPress}
     */
    public String value() {
        return value;
    }
}
