package io.infrakit.oneview.engine;

import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.CommitResult;
import io.infrakit.oneview.store.ForwardingStateStore;
import io.infrakit.oneview.store.MemoryStateStore;
import java.util.Set;

/**
 * A client of a shared memory whose session is a "lease" the test controls, as an etcd replica's: the test can
 * expire a lease and give the client a new one; commits hold at most a few writes, as etcd's.
 */
final class LeasedStore extends ForwardingStateStore {

    private final Set<String> liveLeases;
    private final int maxWrites;
    volatile String lease;

    LeasedStore(MemoryStateStore client, Set<String> liveLeases, String lease, int maxWrites) {
        super(client);
        this.liveLeases = liveLeases;
        this.lease = lease;
        this.maxWrites = maxWrites;
        liveLeases.add(lease);
    }

    /** The lease expired while the client could not renew it; it gets a new one. */
    void replaceLease(String newLease) {
        liveLeases.remove(lease);
        lease = newLease;
        liveLeases.add(newLease);
    }

    @Override
    public CommitResult commit(Commit commit) {
        if (commit.writes().size() > maxWrites) {
            throw new IllegalArgumentException("over " + maxWrites + " writes");
        }
        return super.commit(commit);
    }

    @Override
    public int maxWritesPerCommit() {
        return maxWrites;
    }

    @Override
    public String session() {
        return lease;
    }

    @Override
    public boolean isSessionAlive(String session) {
        return liveLeases.contains(session);
    }

    @Override
    public String location() {
        return "leased memory";
    }

    @Override
    public void close() {
        liveLeases.remove(lease);
        super.close();
    }
}
