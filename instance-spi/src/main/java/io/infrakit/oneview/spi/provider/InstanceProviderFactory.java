package io.infrakit.oneview.spi.provider;

/**
 * Creates providers of one kind. Factories are found by name through {@link java.util.ServiceLoader}: a jar that
 * lists its factory in {@code META-INF/services/io.infrakit.oneview.spi.provider.InstanceProviderFactory} adds a
 * provider to the plugin. See {@link Providers}.
 */
public interface InstanceProviderFactory {

    /** @return the provider's name, as given to {@code --provider}; lower case, unique */
    String name();

    /** @return one line saying what the provider makes, for {@code --help} */
    String description();

    /**
     * Creates a provider. No network I/O should happen here beyond what the provider needs to start.
     *
     * @param context the plugin's name, settings and environment
     * @return the provider
     * @throws io.infrakit.oneview.spi.InstancePluginException when the settings are not usable; the message
     *                                                         says which and why
     */
    InstanceProvider create(ProviderContext context);
}
