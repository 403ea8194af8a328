package io.infrakit.oneview.client;

/**
 * Values of the {@code force} parameter of a server profile creation ({@code POST /rest/server-profiles?force=...});
 * several are sent comma-separated.
 */
public enum CreateForce {
    /** Ignore SAN warnings. */
    IGNORE_SAN_WARNINGS("ignoreSANWarnings"),
    /** Ignore the server's health. */
    IGNORE_SERVER_HEALTH("ignoreServerHealth"),
    /** Ignore local storage warnings. */
    IGNORE_LS_WARNINGS("ignoreLSWarnings"),
    /** Ignore everything that can be ignored. */
    ALL("all");

    private final String value;

    CreateForce(String value) {
        this.value = value;
    }

    /**
     * @return the wire value
     */
    public String value() {
        return value;
    }
}
