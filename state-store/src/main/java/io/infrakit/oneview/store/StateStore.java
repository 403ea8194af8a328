package io.infrakit.oneview.store;

/**
 * Durable storage of the plugin's state: one JSON document, replaced as a whole. The document's shape belongs to
 * the caller; the store only guarantees that what {@link #write} accepted survives a crash at any moment, and
 * that concurrent writers cannot overwrite each other's changes unseen (compare-and-set on a revision).
 *
 * <p>Implementations are thread-safe. A store never logs the document's content.
 */
public interface StateStore extends AutoCloseable {

    /**
     * Reads the current document.
     *
     * @return the document and its revision; {@link StateSnapshot#json()} is null when nothing was ever written
     * @throws StateStoreException when the stored state cannot be read
     */
    StateSnapshot read();

    /**
     * Replaces the document if nobody wrote since {@code expectedRevision}. Durable when it returns.
     *
     * @param expectedRevision the revision the caller's change is based on
     * @param json             the new document, a JSON object as compact or pretty text
     * @return the new snapshot
     * @throws StaleStateException when another write happened since {@code expectedRevision}
     * @throws StateStoreException when the document could not be made durable; the previous one is intact
     */
    StateSnapshot write(long expectedRevision, String json);

    /** @return where the state lives, for messages (a path, or "memory") */
    String location();

    /** Releases locks and files. Idempotent. */
    @Override
    void close();
}
