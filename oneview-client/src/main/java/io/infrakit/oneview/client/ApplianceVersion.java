package io.infrakit.oneview.client;

/**
 * The API versions an appliance serves, from {@code GET /rest/version}.
 *
 * @param minimumVersion the lowest API version served
 * @param currentVersion the highest API version served
 */
public record ApplianceVersion(int minimumVersion, int currentVersion) {

    /**
     * @param version an API version
     * @return whether the appliance serves it
     */
    public boolean serves(int version) {
        return version >= minimumVersion && version <= currentVersion;
    }
}
