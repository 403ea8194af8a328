package io.infrakit.oneview.client;

import io.infrakit.oneview.client.error.UnsupportedApiVersionException;

/**
 * How the client chooses the {@code X-API-Version} it sends, from the appliance's {@link ApplianceVersion}. The
 * choice is made once, at login, and kept for the client's life.
 *
 * <ul>
 *   <li>{@link #highestCommon()} (default): the highest version both the appliance and this client support
 *       ({@value #CLIENT_MINIMUM}..{@value #CLIENT_MAXIMUM}).</li>
 *   <li>{@link #pinned(int)}: exactly that version; refused when the appliance cannot serve it.</li>
 *   <li>{@link #between(int, int)}: the highest common version within a floor and a ceiling.</li>
 * </ul>
 */
public final class ApiVersionPolicy {
    /** The lowest API version this client knows how to talk to (OneView 1.20). */
    public static final int CLIENT_MINIMUM = 120;
    /** The highest API version this client has been written against (OneView 11.30). */
    public static final int CLIENT_MAXIMUM = 8600;

    private final int floor;
    private final int ceiling;
    private final boolean pinned;

    private ApiVersionPolicy(int floor, int ceiling, boolean pinned) {
        this.floor = floor;
        this.ceiling = ceiling;
        this.pinned = pinned;
    }

    /**
     * @return the policy choosing the highest version served by both sides
     */
    public static ApiVersionPolicy highestCommon() {
        return new ApiVersionPolicy(CLIENT_MINIMUM, CLIENT_MAXIMUM, false);
    }

    /**
     * @param version the exact version to use (any positive value; the client does not second-guess a pin)
     * @return the pinned policy
     * @throws IllegalArgumentException if {@code version < 1}
     */
    public static ApiVersionPolicy pinned(int version) {
        if (version < 1) {
            throw new IllegalArgumentException("API version must be positive but was " + version);
        }
        return new ApiVersionPolicy(version, version, true);
    }

    /**
     * @param floor   the lowest acceptable version
     * @param ceiling the highest acceptable version
     * @return the policy choosing the highest common version in {@code floor..ceiling}
     * @throws IllegalArgumentException if {@code floor < 1} or {@code floor > ceiling}
     */
    public static ApiVersionPolicy between(int floor, int ceiling) {
        if (floor < 1 || floor > ceiling) {
            throw new IllegalArgumentException("Invalid API version range " + floor + ".." + ceiling);
        }
        return new ApiVersionPolicy(floor, ceiling, false);
    }

    /**
     * Chooses the version for an appliance.
     *
     * @param appliance what the appliance serves
     * @return the version to send
     * @throws UnsupportedApiVersionException when no acceptable version is served
     */
    public int select(ApplianceVersion appliance) {
        if (pinned) {
            if (!appliance.serves(floor)) {
                throw new UnsupportedApiVersionException("API version " + floor + " is pinned but the appliance"
                        + " serves only " + appliance.minimumVersion() + ".." + appliance.currentVersion());
            }
            return floor;
        }
        int chosen = Math.min(ceiling, appliance.currentVersion());
        if (chosen < floor || chosen < appliance.minimumVersion()) {
            throw new UnsupportedApiVersionException("No common API version: the appliance serves "
                    + appliance.minimumVersion() + ".." + appliance.currentVersion() + ", the client accepts "
                    + floor + ".." + ceiling);
        }
        return chosen;
    }

    @Override
    public String toString() {
        return pinned ? "pinned(" + floor + ")" : "highestCommon(" + floor + ".." + ceiling + ")";
    }
}
