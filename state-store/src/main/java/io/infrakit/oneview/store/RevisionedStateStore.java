package io.infrakit.oneview.store;

/**
 * What every store shares: the current snapshot in memory, compare-and-set on its revision, and the closed check.
 * Subclasses only make a new document durable ({@link #persist}) and release what they hold ({@link #release}).
 */
abstract class RevisionedStateStore implements StateStore {

    private StateSnapshot current;
    private boolean closed;

    RevisionedStateStore(StateSnapshot initial) {
        this.current = initial;
    }

    /**
     * Makes a document durable before it becomes current.
     *
     * @param json the validated document
     * @throws StateStoreException when it could not be made durable; the previous document must stay intact
     */
    abstract void persist(String json);

    /** Releases locks and files; called once, by the first {@link #close()}. */
    void release() {
    }

    @Override
    public final synchronized StateSnapshot read() {
        checkOpen();
        return current;
    }

    @Override
    public final synchronized StateSnapshot write(long expectedRevision, String json) {
        checkOpen();
        JsonDocuments.requireObject(json, location());
        if (expectedRevision != current.revision()) {
            throw new StaleStateException(expectedRevision, current.revision());
        }
        persist(json);
        current = new StateSnapshot(current.revision() + 1, json);
        return current;
    }

    @Override
    public final synchronized void close() {
        if (!closed) {
            closed = true;
            release();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StateStoreException("the state store " + location() + " is closed");
        }
    }
}
