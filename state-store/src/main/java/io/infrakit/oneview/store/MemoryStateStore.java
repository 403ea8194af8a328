package io.infrakit.oneview.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link StateStore} kept in memory: nothing survives the process. For tests and for running without state.
 * Several clients can share one memory ({@link #newClient()}), each with its own session, as replicas share an etcd
 * store; closing a client ends its session. Thread-safe.
 */
public final class MemoryStateStore implements StateStore {

    /** The memory shared by the clients. */
    private static final class Shared {
        final RecordTable table = new RecordTable(100_000);
        final Set<String> liveSessions = ConcurrentHashMap.newKeySet();
        final AtomicLong sessions = new AtomicLong();
    }

    private final Shared shared;
    private final String session;
    private volatile boolean closed;

    /** A new, empty memory with one client. */
    public MemoryStateStore() {
        this(new Shared());
    }

    private MemoryStateStore(Shared shared) {
        this.shared = shared;
        this.session = "memory-" + shared.sessions.incrementAndGet();
        shared.liveSessions.add(session);
    }

    /** @return another client of the same memory, with a session of its own (a replica) */
    public MemoryStateStore newClient() {
        return new MemoryStateStore(shared);
    }

    /** Forgets the history of changes, so that {@link #changesSince} of an older revision gives a reset. */
    public void forgetHistory() {
        synchronized (shared) {
            shared.table.forgetHistory();
        }
    }

    @Override
    public StoreSnapshot load() {
        checkOpen();
        synchronized (shared) {
            return shared.table.snapshot();
        }
    }

    @Override
    public StoreChanges changesSince(long revision) {
        checkOpen();
        synchronized (shared) {
            return shared.table.changesSince(revision);
        }
    }

    @Override
    public CommitResult commit(Commit commit) {
        checkOpen();
        RecordTable.requireWithin(commit, maxWritesPerCommit(), location());
        if (commit.replacesLegacyDocument()) {
            throw new StateStoreException("the state store " + location() + " holds no legacy document to replace");
        }
        synchronized (shared) {
            var stale = shared.table.stale(commit);
            if (!stale.isEmpty()) {
                throw new StaleRecordException(location(), stale);
            }
            return shared.table.apply(commit.writes());
        }
    }

    @Override
    public int maxWritesPerCommit() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String session() {
        checkOpen();
        return session;
    }

    @Override
    public boolean isSessionAlive(String other) {
        checkOpen();
        return shared.liveSessions.contains(other);
    }

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public void close() {
        closed = true;
        shared.liveSessions.remove(session);
    }

    private void checkOpen() {
        if (closed) {
            throw new StateStoreException("the state store " + location() + " is closed");
        }
    }
}
