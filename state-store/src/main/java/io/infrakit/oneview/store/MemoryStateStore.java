package io.infrakit.oneview.store;

/**
 * A {@link StateStore} kept in memory: nothing survives the process. For tests and for running without a state
 * file. Thread-safe; compare-and-set on the revision like every store.
 */
public final class MemoryStateStore extends RevisionedStateStore {

    /** An empty store (revision 0, no document). */
    public MemoryStateStore() {
        super(new StateSnapshot(0, null));
    }

    @Override
    void persist(String json) {
        // memory needs nothing more than becoming the current snapshot
    }

    @Override
    public String location() {
        return "memory";
    }
}
