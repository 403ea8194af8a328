package io.infrakit.oneview.rpc;

import java.util.Objects;

/**
 * The plugin's vendor information, shown as {@code "Vendor"} in {@code GET /info/api.json}.
 *
 * @param name    the plugin's name, e.g. {@code infrakit-instance-oneview}
 * @param version the plugin's version
 * @param url     a URL about the plugin; empty when none
 */
public record Vendor(String name, String version, String url) {

    /** @throws NullPointerException if an argument is null */
    public Vendor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(url, "url");
    }

    /**
     * @param name    the plugin's name
     * @param version the plugin's version
     * @return vendor information without a URL
     */
    public static Vendor of(String name, String version) {
        return new Vendor(name, version, "");
    }
}
