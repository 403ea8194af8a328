package io.infrakit.oneview.store;

/**
 * A store that passes every call to another: tests subclass it and override the calls they change (a commit that
 * fails, a session that is replaced). In the state-store test jar.
 */
public abstract class ForwardingStateStore implements StateStore {

    /** The store the calls go to. */
    protected final StateStore delegate;

    /** @param delegate the store the calls go to */
    protected ForwardingStateStore(StateStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public StoreSnapshot load() {
        return delegate.load();
    }

    @Override
    public StoreChanges changesSince(long revision) {
        return delegate.changesSince(revision);
    }

    @Override
    public CommitResult commit(Commit commit) {
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
        return delegate.location();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
