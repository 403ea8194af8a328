package io.infrakit.oneview.engine;

import io.infrakit.oneview.store.StoreChange;
import io.infrakit.oneview.store.StoreSnapshot;
import io.infrakit.oneview.store.StoredRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's copy of the stored records, as of {@link #revision()}: instances by ID and in list order, and the
 * journal of provisions in flight. Changed only by {@link StateCommitter} (one thread at a time, as commits and
 * the other writers' changes arrive); read by any thread without a lock. Applying a change costs O(log n).
 */
final class StateView {

    private static final Logger LOG = LoggerFactory.getLogger(StateView.class);

    private final Map<String, StoredInstance> instances = new ConcurrentHashMap<>();
    private final NavigableMap<StoredInstance.Position, StoredInstance> active = new ConcurrentSkipListMap<>();
    private final NavigableMap<StoredInstance.Position, StoredInstance> nonFunctional = new ConcurrentSkipListMap<>();
    private final Map<String, JournalEntry> journal = new ConcurrentHashMap<>();
    private volatile long revision;

    long revision() {
        return revision;
    }

    /** @return the active instances, in list order (a weakly consistent view while commits apply) */
    Collection<StoredInstance> active() {
        return active.values();
    }

    Collection<StoredInstance> nonFunctional() {
        return nonFunctional.values();
    }

    Stream<StoredInstance> all() {
        return Stream.concat(active.values().stream(), nonFunctional.values().stream());
    }

    int size() {
        return instances.size();
    }

    Optional<StoredInstance> find(String id) {
        return Optional.ofNullable(instances.get(id));
    }

    boolean contains(String id) {
        return instances.containsKey(id);
    }

    Collection<JournalEntry> journal() {
        return journal.values();
    }

    Optional<JournalEntry> journalEntry(String id) {
        return Optional.ofNullable(journal.get(id));
    }

    /** @return the order that puts an instance after every other of that list */
    long endOf(InstanceList list) {
        var map = list == InstanceList.ACTIVE ? active : nonFunctional;
        return map.isEmpty() ? 1 : map.lastKey().order() + 1;
    }

    /** @return the order that puts {@code count} instances, in turn, before every other active one */
    long frontOfActive(int count) {
        return (active.isEmpty() ? 1 : active.firstKey().order()) - count;
    }

    /** Replaces everything by a snapshot's records. */
    void reset(StoreSnapshot snapshot) {
        instances.clear();
        active.clear();
        nonFunctional.clear();
        journal.clear();
        for (StoredRecord r : snapshot.records()) {
            apply(r.key(), r.value(), r.revision());
        }
        revision = snapshot.revision();
    }

    /** Applies other writers' changes, and ours when others committed in between. */
    void apply(List<StoreChange> changes, long upTo) {
        for (StoreChange c : changes) {
            apply(c.key(), c.value(), c.revision());
        }
        revision = Math.max(revision, upTo);
    }

    private void apply(String key, String value, long at) {
        try {
            if (key.startsWith(RecordKeys.INSTANCES)) {
                String id = key.substring(RecordKeys.INSTANCES.length());
                if (value == null) {
                    remove(id);
                } else {
                    put(RecordCodec.decodeInstance(value, at));
                }
            } else if (key.startsWith(RecordKeys.JOURNAL)) {
                String id = key.substring(RecordKeys.JOURNAL.length());
                if (value == null) {
                    journal.remove(id);
                } else {
                    put(RecordCodec.decodeJournal(value, at));
                }
            } else {
                LOG.debug("Ignoring the record {}, which this engine does not know", key);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the record " + key + " is not one this engine can read ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Applies one of our own writes at the revision of its commit. */
    void put(StoredInstance stored) {
        StoredInstance old = instances.put(stored.id(), stored);
        if (old != null) {
            (old.list() == InstanceList.ACTIVE ? active : nonFunctional).remove(old.position());
        }
        (stored.list() == InstanceList.ACTIVE ? active : nonFunctional).put(stored.position(), stored);
    }

    void remove(String id) {
        StoredInstance old = instances.remove(id);
        if (old != null) {
            (old.list() == InstanceList.ACTIVE ? active : nonFunctional).remove(old.position());
        }
    }

    void put(JournalEntry entry) {
        journal.put(entry.id(), entry);
    }

    void removeJournal(String id) {
        journal.remove(id);
    }

    void advanceTo(long newRevision) {
        revision = newRevision;
    }
}
