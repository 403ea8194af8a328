package io.infrakit.oneview.store;

/**
 * Durable storage of the plugin's state as <em>records</em>: keys mapped to opaque text values. The caller (the
 * engine) decides what the records mean; the store guarantees that
 *
 * <ul>
 *   <li>a {@link #commit} applies all of its writes or none, and only if every write's {@link Expect expectation}
 *       about its record holds (compare-and-set per record, as etcd compares {@code mod_revision}), so concurrent
 *       writers, in this process or on other nodes, never overwrite each other's changes unseen;</li>
 *   <li>what a commit accepted survives a crash at any moment ({@code kill -9}, power loss) once it returns;</li>
 *   <li>a commit costs the same whatever the number of records: only the records it names are written;</li>
 *   <li>{@link #changesSince} tells one client what the others committed, so that a replica never answers from a
 *       stale copy.</li>
 * </ul>
 *
 * <p>Each client holds a <em>session</em> ({@link #session()}): an ID that stays alive while the client lives (the
 * process, for the file store; a lease kept alive, for etcd). Callers record it with work in flight so that another
 * client can tell work whose writer is gone ({@link #isSessionAlive}) from work still running.
 *
 * <p>Implementations are thread-safe and never log values. Stores are found through {@link StateStoreFactory}.
 */
public interface StateStore extends AutoCloseable {

    /**
     * Reads every record.
     *
     * @return the records and the revision they are at
     * @throws StateStoreException when the store cannot be read; the message names it
     */
    StoreSnapshot load();

    /**
     * Tells what other clients committed after a revision, up to the store's current revision, read so that no
     * commit that finished before this call started is missed (a linearizable read).
     *
     * @param revision the revision the caller is up to date with ({@link StoreSnapshot#revision()},
     *                 {@link CommitResult#revision()} or an earlier {@link StoreChanges#revision()})
     * @return the changes, or a {@link StoreChanges#reset() reset} when that history is no longer kept
     * @throws StateStoreException when the store cannot be reached
     */
    StoreChanges changesSince(long revision);

    /**
     * Applies a commit atomically; durable when it returns.
     *
     * @param commit the writes
     * @return the commit's revision and the revision before it
     * @throws StaleRecordException when an expectation does not hold; nothing was applied
     * @throws StateStoreException  when the commit could not be made durable (nothing was applied), or when the store
     *                              cannot tell whether it was (the message says so; {@link #changesSince} tells)
     * @throws IllegalArgumentException when the commit has more than {@link #maxWritesPerCommit()} writes
     */
    CommitResult commit(Commit commit);

    /** @return the most writes one commit may hold (etcd limits a transaction's operations) */
    int maxWritesPerCommit();

    /**
     * @return this client's current session; it may change (an etcd lease lost while etcd was unreachable is
     *         replaced by a new one)
     * @throws StateStoreException when the store has no live session now
     */
    String session();

    /**
     * @param session a session some client recorded
     * @return whether that client is still alive; false only when the store knows it is gone
     * @throws StateStoreException when the store cannot be asked
     */
    boolean isSessionAlive(String session);

    /** @return where the state lives, for messages (a path, an etcd prefix and endpoints, "memory"); never a secret */
    String location();

    /** Ends the session and releases locks, files and connections. Idempotent. */
    @Override
    void close();
}
