package io.infrakit.oneview.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds state-store factories through {@link ServiceLoader}, by the scheme of a location, and the built-in ones. */
public final class StateStores {

    private StateStores() {
    }

    /** @return every factory visible to this class's loader, sorted by scheme */
    public static List<StateStoreFactory> all() {
        return all(StateStores.class.getClassLoader());
    }

    /**
     * @param loader the class loader to search (the plugin passes one that adds the jars of its extensions folder)
     * @return every factory it sees, sorted by scheme
     */
    public static List<StateStoreFactory> all(ClassLoader loader) {
        List<StateStoreFactory> found = new ArrayList<>();
        ServiceLoader.load(StateStoreFactory.class, loader).forEach(found::add);
        found.sort(Comparator.comparing(StateStoreFactory::scheme));
        return List.copyOf(found);
    }

    /**
     * @param scheme a location's scheme ({@code file}, {@code memory}, {@code etcd}, ...)
     * @return its factory
     * @throws IllegalArgumentException when no store, or more than one, has that scheme; the message lists the
     *                                  schemes available
     */
    public static StateStoreFactory forScheme(String scheme) {
        return forScheme(scheme, StateStores.class.getClassLoader());
    }

    /**
     * @param scheme a location's scheme
     * @param loader the class loader to search
     * @return its factory among those the loader sees
     * @throws IllegalArgumentException when no store, or more than one, has that scheme
     */
    public static StateStoreFactory forScheme(String scheme, ClassLoader loader) {
        List<StateStoreFactory> all = all(loader);
        List<StateStoreFactory> matching = all.stream().filter(f -> f.scheme().equals(scheme)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("no state store for '" + scheme + ":' locations; available: "
                    + all.stream().map(f -> f.scheme() + ":").distinct().collect(Collectors.joining(", "))
                    + (scheme.equals("etcd") ? " (the etcd store is the state-store-etcd jar)" : ""));
        }
        throw new IllegalArgumentException("several state stores open '" + scheme + ":' locations ("
                + matching.stream().map(f -> f.getClass().getName()).collect(Collectors.joining(", "))
                + "); remove the duplicate jar from the class path or the extensions folder");
    }

    /**
     * Opens the store a {@code --state} value names.
     *
     * @param location    a path, or {@code scheme:...}
     * @param environment the process environment (for secrets the location points to)
     * @return the open store
     * @throws IllegalArgumentException when the location is malformed or no store has its scheme
     * @throws StateStoreException      when the store cannot be opened
     */
    public static StateStore open(String location, Map<String, String> environment) {
        return open(location, environment, StateStores.class.getClassLoader());
    }

    /**
     * Opens the store a {@code --state} value names, with a factory the given class loader sees.
     *
     * @param location    a path, or {@code scheme:...}
     * @param environment the process environment
     * @param loader      the class loader to search for the scheme's factory
     * @return the open store
     * @throws IllegalArgumentException when the location is malformed or no store has its scheme
     * @throws StateStoreException      when the store cannot be opened
     */
    public static StateStore open(String location, Map<String, String> environment, ClassLoader loader) {
        StoreLocation parsed = StoreLocation.parse(location, environment);
        return forScheme(parsed.scheme(), loader).open(parsed);
    }

    /** The {@code memory:} store: nothing survives the process. */
    public static final class MemoryFactory implements StateStoreFactory {
        @Override
        public String scheme() {
            return "memory";
        }

        @Override
        public String description() {
            return "memory: keeps the state in memory only; it is lost when the plugin stops";
        }

        @Override
        public StateStore open(StoreLocation location) {
            if (!location.rest().isEmpty()) {
                throw new IllegalArgumentException("a memory: location takes nothing after 'memory:', got '"
                        + location.rest() + "'");
            }
            return new MemoryStateStore();
        }
    }

    /** The {@code file:} store: a crash-safe, locked log file ({@link FileStateStore}); a bare path means it too. */
    public static final class FileFactory implements StateStoreFactory {
        @Override
        public String scheme() {
            return "file";
        }

        @Override
        public String description() {
            return "PATH or file:PATH: a crash-safe, locked state file on this node (the default)";
        }

        @Override
        public StateStore open(StoreLocation location) {
            return FileStateStore.open(path(location.rest()));
        }

        /** {@code file:/a/b}, {@code file:///a/b} and {@code file:a/b} (relative) name a path; so does a bare path. */
        static Path path(String rest) {
            String path = rest.startsWith("///") ? rest.substring(2) : rest;
            if (path.startsWith("//")) {
                throw new IllegalArgumentException("a file: location names a local path (file:/path or "
                        + "file:///path), not a host: '" + rest + "'");
            }
            if (path.isEmpty()) {
                throw new IllegalArgumentException("a file: location needs a path, as file:/var/lib/state.json");
            }
            try {
                return Path.of(path);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("the state file '" + path + "' is not a valid path: "
                        + e.getReason());
            }
        }
    }
}
