package io.infrakit.oneview.spi;

/** Why InfraKit destroys an instance ({@code Context.Reason} of {@code Instance.Destroy}, Instance/0.6.0+). */
public enum DestroyReason {
    /** Scale-down, group destroy, destroy-instance, or the CLI's destroy. */
    TERMINATE("terminate"),
    /** A rolling update replaces the instance. */
    ROLLING_UPDATE("rolling_update"),
    /** The client did not say (clients before Instance/0.6.0 send no context), or sent a reason not known here. */
    UNSPECIFIED("");

    private final String wireName;

    DestroyReason(String wireName) {
        this.wireName = wireName;
    }

    /** @return the reason as it appears on the wire */
    public String wireName() {
        return wireName;
    }

    /**
     * @param wire the wire value; null or unknown values give {@link #UNSPECIFIED}
     * @return the reason
     */
    public static DestroyReason fromWire(String wire) {
        for (DestroyReason r : values()) {
            if (r.wireName.equals(wire)) {
                return r;
            }
        }
        return UNSPECIFIED;
    }
}
