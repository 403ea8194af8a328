package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.CommitResult;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.StaleRecordException;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.StoreChanges;
import io.infrakit.oneview.store.StoreSnapshot;
import io.infrakit.oneview.store.Write;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine's {@link StateView} in step with the store: loads it (converting a first-release state file once),
 * catches up with other writers' commits ({@link #sync()}), and commits changes record by record with
 * compare-and-set, re-applying a change against the fresh view when another writer got there first. Records are
 * encoded once, when written; a record is parsed only when it comes from another writer.
 */
final class StateCommitter {

    private static final Logger LOG = LoggerFactory.getLogger(StateCommitter.class);
    private static final int ATTEMPTS = 5;
    /** The session recorded with the journal entries of a first-release state: its writer is gone. */
    static final String LEGACY_SESSION = "legacy-v1";

    /** One write of a change. */
    sealed interface RecordWrite {
        String key();

        Expect expect();
    }

    /** Puts an instance record. */
    record PutInstance(StoredInstance instance, Expect expect) implements RecordWrite {
        @Override
        public String key() {
            return instance.key();
        }
    }

    /** Deletes an instance record. */
    record DeleteInstance(String id, Expect expect) implements RecordWrite {
        @Override
        public String key() {
            return RecordKeys.instance(id);
        }
    }

    /** Puts a journal entry. */
    record PutJournal(JournalEntry entry, Expect expect) implements RecordWrite {
        @Override
        public String key() {
            return entry.key();
        }
    }

    /** Deletes a journal entry. */
    record DeleteJournal(String id, Expect expect) implements RecordWrite {
        @Override
        public String key() {
            return RecordKeys.journal(id);
        }
    }

    /** The writes a change needs (none for "no change"), and its result. */
    record Change<R>(List<RecordWrite> writes, R result) {
        Change {
            writes = List.copyOf(writes);
        }

        static <R> Change<R> none(R result) {
            return new Change<>(List.of(), result);
        }
    }

    private final StateStore store;
    private final StateView view = new StateView();
    private final ReentrantLock lock = new ReentrantLock();
    private final EngineListener listener;

    /** @param listener told of every commit's outcome and latency; must not throw */
    StateCommitter(StateStore store, EngineListener listener) {
        this.store = store;
        this.listener = listener;
        StoreSnapshot snapshot = store.load();
        if (snapshot.legacyDocument() != null) {
            migrate(LegacyDocument.read(snapshot.legacyDocument(), store.location()));
            snapshot = store.load();
        }
        try {
            view.reset(snapshot);
        } catch (IllegalArgumentException e) {
            throw unreadable(store.location(), e);
        }
    }

    private void migrate(LegacyDocument legacy) {
        List<Write> writes = new ArrayList<>();
        long order = 1;
        for (InstanceRecord r : legacy.active()) {
            writes.add(encode(new PutInstance(new StoredInstance(r, InstanceList.ACTIVE, order++, 0), Expect.absent())));
        }
        order = 1;
        for (InstanceRecord r : legacy.nonFunctional()) {
            writes.add(encode(new PutInstance(new StoredInstance(r, InstanceList.NON_FUNCTIONAL, order++, 0),
                    Expect.absent())));
        }
        for (String id : legacy.unfinished()) {
            writes.add(encode(new PutJournal(new JournalEntry(id, LEGACY_SESSION, Instant.EPOCH,
                    Spec.of(RawJson.NULL, null), 0), Expect.absent())));
        }
        store.commit(Commit.replacingLegacyDocument(writes));
        LOG.info("Converted the state in {} to records: {} active and {} non-functional instances, {} unfinished "
                + "provisions", store.location(), legacy.active().size(), legacy.nonFunctional().size(),
                legacy.unfinished().size());
    }

    static StateStoreException unreadable(String location, IllegalArgumentException e) {
        return new StateStoreException("the state in " + location + " is not an instance state this plugin "
                + "can read (" + e.getMessage() + "); it was left untouched", e);
    }

    StateView view() {
        return view;
    }

    StateStore store() {
        return store;
    }

    String location() {
        return store.location();
    }

    /**
     * Catches up with what other writers committed, so that the view is at least as fresh as the store was when this
     * call started.
     *
     * @throws StateStoreException when the store cannot be reached or holds a record this engine cannot read
     */
    void sync() {
        lock.lock();
        try {
            catchUp();
        } finally {
            lock.unlock();
        }
    }

    private void catchUp() {
        StoreChanges changes = store.changesSince(view.revision());
        try {
            if (changes.isReset()) {
                view.reset(changes.reset());
            } else if (!changes.changes().isEmpty() || changes.revision() != view.revision()) {
                view.apply(changes.changes(), changes.revision());
            }
        } catch (IllegalArgumentException e) {
            throw unreadable(store.location(), e);
        }
    }

    /**
     * Reads the view while no commit applies, so that what is read cannot be half of a commit and in-flight work
     * that a commit just ended is seen as ended.
     *
     * @param read what to read
     * @return what was read
     */
    <T> T read(Function<StateView, T> read) {
        lock.lock();
        try {
            return read.apply(view);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies a change and makes it durable. The change function may run more than once (after a conflicting
     * write, against the view caught up) and must not have side effects; what it throws aborts the commit.
     *
     * @return the change's result
     * @throws StateStoreException when the state could not be written
     */
    <R> R commit(Function<StateView, Change<R>> change) {
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                Change<R> applied = change.apply(view);
                if (applied.writes().isEmpty()) {
                    return applied.result();
                }
                List<Write> writes = new ArrayList<>(applied.writes().size());
                applied.writes().forEach(w -> writes.add(encode(w)));
                CommitResult result;
                long start = System.nanoTime();
                try {
                    result = store.commit(Commit.of(writes));
                    listener.stateCommitted(EngineListener.CommitOutcome.COMMITTED, since(start));
                } catch (StaleRecordException e) {
                    listener.stateCommitted(EngineListener.CommitOutcome.CONFLICT, since(start));
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    catchUp();
                    continue;
                } catch (RuntimeException e) {
                    listener.stateCommitted(EngineListener.CommitOutcome.FAILED, since(start));
                    throw e;
                }
                long before = view.revision();
                applied.writes().forEach(w -> applyLocally(w, result.revision()));
                if (result.previousRevision() == before) {
                    view.advanceTo(result.revision());
                } else {
                    catchUpQuietly();
                }
                return applied.result();
            }
        } finally {
            lock.unlock();
        }
    }

    /** After a commit others interleaved with: their changes are read now, or at the next {@link #sync()}. */
    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.debug("Catching up with {} after a commit failed ({}); the next call does", store.location(),
                    e.getMessage());
        }
    }

    private static java.time.Duration since(long start) {
        return java.time.Duration.ofNanos(System.nanoTime() - start);
    }

    private static Write encode(RecordWrite w) {
        if (w instanceof PutInstance p) {
            return Write.put(p.key(), RecordCodec.encode(p.instance()), p.expect());
        }
        if (w instanceof PutJournal p) {
            return Write.put(p.key(), RecordCodec.encode(p.entry()), p.expect());
        }
        return Write.delete(w.key(), w.expect());
    }

    private void applyLocally(RecordWrite w, long revision) {
        if (w instanceof PutInstance p) {
            view.put(p.instance().atRevision(revision));
        } else if (w instanceof DeleteInstance d) {
            view.remove(d.id());
        } else if (w instanceof PutJournal p) {
            view.put(p.entry().atRevision(revision));
        } else if (w instanceof DeleteJournal d) {
            view.removeJournal(d.id());
        }
    }
}
