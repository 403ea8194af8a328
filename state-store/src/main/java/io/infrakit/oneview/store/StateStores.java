package io.infrakit.oneview.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds state-store factories through {@link ServiceLoader}, and the built-in ones. */
public final class StateStores {

    private StateStores() {
    }

    /** @return every factory visible to this class's loader, sorted by name */
    public static List<StateStoreFactory> all() {
        List<StateStoreFactory> found = new ArrayList<>();
        ServiceLoader.load(StateStoreFactory.class, StateStores.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(StateStoreFactory::name));
        return List.copyOf(found);
    }

    /**
     * @param name a store's name ({@code memory}, {@code file}, ...)
     * @return its factory
     * @throws IllegalArgumentException when no store, or more than one, has that name; the message lists the
     *                                  stores available
     */
    public static StateStoreFactory named(String name) {
        List<StateStoreFactory> all = all();
        List<StateStoreFactory> matching = all.stream().filter(f -> f.name().equals(name)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("no state store named '" + name + "'; available: "
                    + all.stream().map(StateStoreFactory::name).distinct().collect(Collectors.joining(", ")));
        }
        throw new IllegalArgumentException("several state stores are named '" + name + "' ("
                + matching.stream().map(f -> f.getClass().getName()).collect(Collectors.joining(", "))
                + "); remove the duplicate jar from the class path");
    }

    /** The {@code memory} store: nothing survives the process. */
    public static final class MemoryFactory implements StateStoreFactory {
        @Override
        public String name() {
            return "memory";
        }

        @Override
        public String description() {
            return "keeps the state in memory only; it is lost when the plugin stops";
        }

        @Override
        public StateStore open(Path location) {
            return new MemoryStateStore();
        }
    }

    /** The {@code file} store: one crash-safe, locked JSON file ({@link FileStateStore}). */
    public static final class FileFactory implements StateStoreFactory {
        @Override
        public String name() {
            return "file";
        }

        @Override
        public String description() {
            return "keeps the state in one crash-safe, locked JSON file";
        }

        @Override
        public StateStore open(Path location) {
            return FileStateStore.open(Objects.requireNonNull(location, "the file store needs the state file's path"));
        }
    }
}
