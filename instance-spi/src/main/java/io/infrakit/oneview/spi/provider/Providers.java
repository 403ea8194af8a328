package io.infrakit.oneview.spi.provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds provider factories on the class path through {@link ServiceLoader}. */
public final class Providers {

    private Providers() {
    }

    /**
     * @param loader the class loader to search
     * @return every factory found, sorted by name
     */
    public static List<InstanceProviderFactory> all(ClassLoader loader) {
        List<InstanceProviderFactory> found = new ArrayList<>();
        ServiceLoader.load(InstanceProviderFactory.class, loader).forEach(found::add);
        found.sort(Comparator.comparing(InstanceProviderFactory::name));
        return List.copyOf(found);
    }

    /**
     * @return every factory visible to this class's loader, sorted by name
     */
    public static List<InstanceProviderFactory> all() {
        return all(Providers.class.getClassLoader());
    }

    /**
     * Finds the factory of a provider by name.
     *
     * @param name the provider's name
     * @return the factory
     * @throws IllegalArgumentException when no provider, or more than one, has that name; the message lists
     *                                  the providers available
     */
    public static InstanceProviderFactory named(String name) {
        return named(name, Providers.class.getClassLoader());
    }

    /**
     * Finds the factory of a provider by name among those a class loader sees (the plugin passes one that adds
     * the jars of its extensions folder to its own class path).
     *
     * @param name   the provider's name
     * @param loader the class loader to search
     * @return the factory
     * @throws IllegalArgumentException when no provider, or more than one, has that name; the message lists
     *                                  the providers available
     */
    public static InstanceProviderFactory named(String name, ClassLoader loader) {
        List<InstanceProviderFactory> all = all(loader);
        List<InstanceProviderFactory> matching = all.stream().filter(f -> f.name().equals(name)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String available = all.stream().map(InstanceProviderFactory::name).distinct()
                .collect(Collectors.joining(", "));
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("no instance provider named '" + name + "'; available: "
                    + (available.isEmpty() ? "none" : available));
        }
        throw new IllegalArgumentException("several instance providers are named '" + name + "' ("
                + matching.stream().map(f -> f.getClass().getName()).collect(Collectors.joining(", "))
                + "); remove the duplicate jar from the class path or the extensions folder");
    }
}
