package io.infrakit.oneview.engine;

import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.CommitResult;
import io.infrakit.oneview.store.MemoryStateStore;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.StoreChanges;
import io.infrakit.oneview.store.StoreSnapshot;

/** A memory store whose commits or reads fail on demand. */
final class FailingStore implements StateStore {

    private final MemoryStateStore delegate;
    volatile boolean failWrites;
    /** With {@link #failWrites}: how many more commits succeed before they fail. */
    volatile int writesBeforeFailing;
    volatile boolean failReads;
    volatile int commits;

    FailingStore() {
        this(new MemoryStateStore());
    }

    FailingStore(MemoryStateStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public StoreSnapshot load() {
        return delegate.load();
    }

    @Override
    public StoreChanges changesSince(long revision) {
        if (failReads) {
            throw new StateStoreException("cannot reach the state store /x/state.json: connection refused");
        }
        return delegate.changesSince(revision);
    }

    @Override
    public CommitResult commit(Commit commit) {
        if (failWrites && writesBeforeFailing-- <= 0) {
            throw new StateStoreException("cannot write the state file /x/state.json: No space left on device");
        }
        commits++;
        return delegate.commit(commit);
    }

    @Override
    public int maxWritesPerCommit() {
        return delegate.maxWritesPerCommit();
    }

    @Override
    public String session() {
        return delegate.session();
    }

    @Override
    public boolean isSessionAlive(String session) {
        return delegate.isSessionAlive(session);
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
