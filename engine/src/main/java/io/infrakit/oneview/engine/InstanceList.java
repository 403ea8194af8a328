package io.infrakit.oneview.engine;

/** The two lists an instance can be on. */
enum InstanceList {
    /** Reported to InfraKit, in order. */
    ACTIVE("active"),
    /** Failed or gone: not reported, so InfraKit provisions a replacement; checked at every describe. */
    NON_FUNCTIONAL("non-functional");

    private final String stored;

    InstanceList(String stored) {
        this.stored = stored;
    }

    /** @return the name in a stored record */
    String stored() {
        return stored;
    }

    static InstanceList ofStored(String name) {
        for (InstanceList l : values()) {
            if (l.stored.equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("\"List\" is \"" + name + "\", neither \"active\" nor \"non-functional\"");
    }
}
