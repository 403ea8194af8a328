package io.infrakit.oneview.store;

import java.nio.file.Path;

/**
 * Creates state stores of one kind. Factories are found by name through {@link java.util.ServiceLoader}: a jar that
 * lists its factory in {@code META-INF/services/io.infrakit.oneview.store.StateStoreFactory} adds a store. See
 * {@link StateStores}. Built in: {@code memory} and {@code file}.
 */
public interface StateStoreFactory {

    /** @return the store's name; lower case, unique */
    String name();

    /** @return one line saying where the store keeps the state, for {@code --help} */
    String description();

    /**
     * Opens a store.
     *
     * @param location where the state lives (the state file, for {@code file}); ignored by stores that need no
     *                 location, and may then be null
     * @return the open store
     * @throws StateStoreException when the store cannot be opened; the message says why
     */
    StateStore open(Path location);
}
