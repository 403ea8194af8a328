package io.infrakit.oneview.store;

/**
 * A {@link StateStore} kept in memory: nothing survives the process. For tests and for running without a state
 * file. Thread-safe; compare-and-set on the revision like every store.
 */
public final class MemoryStateStore implements StateStore {

    private StateSnapshot current = new StateSnapshot(0, null);
    private boolean closed;

    /** An empty store (revision 0, no document). */
    public MemoryStateStore() {
    }

    @Override
    public synchronized StateSnapshot read() {
        checkOpen();
        return current;
    }

    @Override
    public synchronized StateSnapshot write(long expectedRevision, String json) {
        checkOpen();
        JsonDocuments.requireObject(json, location());
        if (expectedRevision != current.revision()) {
            throw new StaleStateException(expectedRevision, current.revision());
        }
        current = new StateSnapshot(current.revision() + 1, json);
        return current;
    }

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new StateStoreException("the in-memory state store is closed");
        }
    }
}
