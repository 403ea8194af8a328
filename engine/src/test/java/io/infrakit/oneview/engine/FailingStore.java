package io.infrakit.oneview.engine;

import io.infrakit.oneview.store.MemoryStateStore;
import io.infrakit.oneview.store.StateSnapshot;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreException;

/** A memory store whose writes fail on demand. */
final class FailingStore implements StateStore {

    private final MemoryStateStore delegate = new MemoryStateStore();
    volatile boolean failWrites;
    /** With {@link #failWrites}: how many more writes succeed before they fail. */
    volatile int writesBeforeFailing;

    @Override
    public StateSnapshot read() {
        return delegate.read();
    }

    @Override
    public StateSnapshot write(long expectedRevision, String json) {
        if (failWrites && writesBeforeFailing-- <= 0) {
            throw new StateStoreException("cannot write the state file /x/state.json: No space left on device");
        }
        return delegate.write(expectedRevision, json);
    }

    @Override
    public String location() {
        return "/x/state.json";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
