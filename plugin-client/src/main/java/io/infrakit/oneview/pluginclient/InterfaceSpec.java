package io.infrakit.oneview.pluginclient;

/**
 * One interface a plugin implements, as the {@code Implements} handshakes report it.
 *
 * @param name    the interface, e.g. {@code Instance}
 * @param version its version, e.g. {@code 0.6.0}
 * @param sub     the sub-interface; empty when none (or when the era had no such field)
 */
public record InterfaceSpec(String name, String version, String sub) {

    /** @return {@code name/version}, as InfraKit writes it ({@code Instance/0.6.0}) */
    @Override
    public String toString() {
        return name + "/" + version;
    }
}
