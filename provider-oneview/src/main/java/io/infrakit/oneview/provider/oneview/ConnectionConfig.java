package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.Secret;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything needed to open a session on one appliance. The password never shows in {@link #toString()}.
 *
 * @param appliance    the appliance
 * @param username     the user
 * @param password     the password
 * @param loginDomain  the login domain, or null for the appliance's default
 * @param caBundle     PEM CA bundle to trust, or null
 * @param pinnedSha256 the SHA-256 fingerprint of the one certificate to trust (normalised), or null
 * @param insecure     skip TLS verification
 */
public record ConnectionConfig(ApplianceAddress appliance, String username, Secret password, String loginDomain,
                               Path caBundle, String pinnedSha256, boolean insecure) {

    /** @throws NullPointerException when appliance, username or password is null */
    public ConnectionConfig {
        Objects.requireNonNull(appliance, "appliance");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** @return the normalised appliance address ({@code https://host[:port]}), as recorded in machine data */
    public String address() {
        return appliance.toString();
    }

    /** @return which appliance and user this is, as recorded in machine data */
    public ApplianceKey key() {
        return new ApplianceKey(address(), username);
    }

    /** @return how the appliance's certificate is checked, for the log */
    String trustDescription() {
        return insecure ? "TLS verification OFF" : caBundle != null ? "CA bundle " + caBundle
                : pinnedSha256 != null ? "pinned certificate sha256 " + pinnedSha256 : "JVM trust store";
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
