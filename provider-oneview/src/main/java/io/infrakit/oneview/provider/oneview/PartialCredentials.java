package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.Secret;

/**
 * Connection facts from one source (the environment, the group properties, a credentials file, the provider
 * settings); any of them may be missing. {@link ConnectionResolver} merges sources field by field.
 *
 * @param address     the appliance address ({@code host[:port]} or {@code https://host[:port]}), or null
 * @param username    the user, or null
 * @param password    the password, or null
 * @param loginDomain the login domain ({@code authLoginDomain}), or null
 */
public record PartialCredentials(String address, String username, Secret password, String loginDomain) {

    /** Nothing known. */
    public static final PartialCredentials NONE = new PartialCredentials(null, null, null, null);

    /** Blank values count as missing. */
    public PartialCredentials {
        address = blankToNull(address);
        username = blankToNull(username);
        loginDomain = blankToNull(loginDomain);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * @param fallback where to take the missing fields from
     * @return this, with each missing field taken from {@code fallback}
     */
    public PartialCredentials orElse(PartialCredentials fallback) {
        return new PartialCredentials(address != null ? address : fallback.address,
                username != null ? username : fallback.username,
                password != null ? password : fallback.password,
                loginDomain != null ? loginDomain : fallback.loginDomain);
    }
}
