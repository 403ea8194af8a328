package io.infrakit.oneview.provider.oneview;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything needed to open a session on one appliance. The password never shows in {@link #toString()}.
 *
 * @param address     normalised appliance address ({@code https://host[:port]})
 * @param username    the user
 * @param password    the password
 * @param loginDomain the login domain, or null for the appliance's default
 * @param caBundle    PEM CA bundle to trust, or null for the JVM trust store
 * @param insecure    skip TLS verification
 */
public record ConnectionConfig(String address, String username, Secret password, String loginDomain, Path caBundle,
                               boolean insecure) {

    /** @throws NullPointerException when address, username or password is null */
    public ConnectionConfig {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** @return which appliance and user this is, as recorded in machine data */
    public ApplianceKey key() {
        return new ApplianceKey(address, username);
    }

    /**
     * An appliance and a user: what a stored machine says about the session it needs.
     *
     * @param address  normalised appliance address
     * @param username the user
     */
    public record ApplianceKey(String address, String username) {
        @Override
        public String toString() {
            return username + "@" + address;
        }
    }
}
