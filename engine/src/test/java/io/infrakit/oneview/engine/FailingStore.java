package io.infrakit.oneview.engine;

import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.CommitResult;
import io.infrakit.oneview.store.ForwardingStateStore;
import io.infrakit.oneview.store.MemoryStateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.StoreChanges;

/** A memory store whose commits or reads fail on demand. */
final class FailingStore extends ForwardingStateStore {

    volatile boolean failWrites;
    /** With {@link #failWrites}: how many more commits succeed before they fail. */
    volatile int writesBeforeFailing;
    volatile boolean failReads;

    FailingStore() {
        super(new MemoryStateStore());
    }

    @Override
    public StoreChanges changesSince(long revision) {
        if (failReads) {
            throw new StateStoreException("cannot reach the state store /x/state.json: connection refused");
        }
        return super.changesSince(revision);
    }

    @Override
    public CommitResult commit(Commit commit) {
        if (failWrites && writesBeforeFailing-- <= 0) {
            throw new StateStoreException("cannot write the state file /x/state.json: No space left on device");
        }
        return super.commit(commit);
    }

    @Override
    public String location() {
        return "/x/state.json";
    }
}
