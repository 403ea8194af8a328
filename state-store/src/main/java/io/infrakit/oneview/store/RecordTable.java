package io.infrakit.oneview.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * The records of an in-process store, the revision of its latest commit, and the recent history of changes (for
 * {@link StateStore#changesSince}). Not thread-safe: its store serialises access.
 */
final class RecordTable {

    private final TreeMap<String, StoredRecord> records = new TreeMap<>();
    private final ArrayDeque<StoreChange> history = new ArrayDeque<>();
    private final int maxHistory;
    private long revision;
    /** The history holds every change with a revision above this one. */
    private long historyStart;
    private long liveChars;

    /** @param maxHistory how many changes to keep for {@link #changesSince}; older ones give a reset */
    RecordTable(int maxHistory) {
        this.maxHistory = maxHistory;
    }

    long revision() {
        return revision;
    }

    int size() {
        return records.size();
    }

    /** @return about how many characters the records hold: what a snapshot of them costs */
    long liveChars() {
        return liveChars;
    }

    /** @return the keys of the commit whose expectation does not hold, in commit order */
    List<String> stale(Commit commit) {
        List<String> stale = new ArrayList<>();
        for (Write w : commit.writes()) {
            if (!w.expect().holdsFor(records.get(w.key()))) {
                stale.add(w.key());
            }
        }
        return stale;
    }

    /** Applies writes as the commit of the next revision, without checking expectations. */
    CommitResult apply(List<Write> writes) {
        long previous = revision;
        applyAt(writes, previous + 1);
        return new CommitResult(revision, previous);
    }

    /** Applies writes as the commit of {@code at} (replaying a log), without checking expectations. */
    void applyAt(List<Write> writes, long at) {
        if (at <= revision) {
            throw new IllegalStateException("revision " + at + " does not follow " + revision);
        }
        for (Write w : writes) {
            StoredRecord old = w.isDelete() ? records.remove(w.key()) : records.put(w.key(),
                    new StoredRecord(w.key(), w.value(), at));
            if (old != null) {
                liveChars -= old.key().length() + old.value().length();
            }
            if (!w.isDelete()) {
                liveChars += w.key().length() + w.value().length();
            }
            if (w.isDelete() && old == null) {
                continue;
            }
            history.addLast(new StoreChange(w.key(), w.value(), at));
        }
        revision = at;
        trimHistory();
    }

    /** Replaces everything by a snapshot's records; the history before it is gone. */
    void reset(List<StoredRecord> snapshot, long at) {
        records.clear();
        liveChars = 0;
        for (StoredRecord r : snapshot) {
            records.put(r.key(), r);
            liveChars += r.key().length() + r.value().length();
        }
        history.clear();
        revision = at;
        historyStart = at;
    }

    /** Forgets the history: {@link #changesSince} of an older revision gives a reset. */
    void forgetHistory() {
        history.clear();
        historyStart = revision;
    }

    private void trimHistory() {
        while (history.size() > maxHistory) {
            long dropped = history.removeFirst().revision();
            while (!history.isEmpty() && history.peekFirst().revision() == dropped) {
                history.removeFirst();
            }
            historyStart = dropped;
        }
    }

    StoreSnapshot snapshot() {
        return StoreSnapshot.of(revision, new ArrayList<>(records.values()));
    }

    /** @return every record, in key order, as of now (a copy) */
    List<StoredRecord> records() {
        return new ArrayList<>(records.values());
    }

    StoreChanges changesSince(long since) {
        if (since >= revision) {
            return StoreChanges.none(revision);
        }
        if (since < historyStart) {
            return new StoreChanges(revision, List.of(), snapshot());
        }
        ArrayDeque<StoreChange> newer = new ArrayDeque<>();
        for (Iterator<StoreChange> it = history.descendingIterator(); it.hasNext(); ) {
            StoreChange c = it.next();
            if (c.revision() <= since) {
                break;
            }
            newer.addFirst(c);
        }
        return new StoreChanges(revision, new ArrayList<>(newer), null);
    }

    /** Checks what every store refuses whatever its kind. */
    static void requireWithin(Commit commit, int maxWrites, String location) {
        if (commit.writes().size() > maxWrites) {
            throw new IllegalArgumentException("a commit to " + location + " holds at most " + maxWrites
                    + " writes, got " + commit.writes().size());
        }
    }
}
