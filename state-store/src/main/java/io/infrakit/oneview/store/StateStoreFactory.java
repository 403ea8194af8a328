package io.infrakit.oneview.store;

/**
 * Opens state stores of one kind, chosen by the scheme of the {@code --state} location ({@code file:},
 * {@code etcd:}, {@code memory:}). Factories are found through {@link java.util.ServiceLoader}: a jar that lists its
 * factory in {@code META-INF/services/io.infrakit.oneview.store.StateStoreFactory} adds a store. See
 * {@link StateStores}.
 */
public interface StateStoreFactory {

    /** @return the URI scheme this factory opens: lower case, unique ({@code file}, {@code etcd}, ...) */
    String scheme();

    /** @return one line saying where the store keeps the state and the location's syntax, for {@code --help} */
    String description();

    /**
     * Opens a store. Secrets (passwords) never come in the location: it names a file or an environment variable
     * that holds them.
     *
     * @param location the location, with this factory's scheme
     * @return the open store
     * @throws StateStoreException      when the store cannot be opened (unreachable, locked, corrupt); the message
     *                                  says why and what to do
     * @throws IllegalArgumentException when the location is malformed; the message says which part
     */
    StateStore open(StoreLocation location);
}
