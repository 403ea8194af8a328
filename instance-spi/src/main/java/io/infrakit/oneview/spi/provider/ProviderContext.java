package io.infrakit.oneview.spi.provider;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the plugin gives a provider when it creates one.
 *
 * @param pluginName  the plugin's name (its socket name)
 * @param settings    provider settings from the command line (for example {@code dir} for the file provider),
 *                    by name; immutable
 * @param environment the process environment; immutable
 * @param homeDir     the plugin's home folder ({@code ~/.infrakit}), for providers that keep files there
 */
public record ProviderContext(String pluginName, Map<String, String> settings, Map<String, String> environment,
                              Path homeDir) {

    /** Copies the maps. */
    public ProviderContext {
        Objects.requireNonNull(pluginName, "pluginName");
        settings = Map.copyOf(settings);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(homeDir, "homeDir");
    }

    /**
     * @param name a setting's name
     * @return its value, if given
     */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /**
     * @param name an environment variable
     * @return its value, if set and not empty
     */
    public Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isEmpty());
    }
}
