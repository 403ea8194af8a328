package io.infrakit.oneview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StateStore} guarantees. A store's test subclasses this (it is in the {@code state-store} test
 * jar, and uses JUnit Jupiter only) and says how to open a fresh store; stores that persist say how to reopen one,
 * and stores that several replicas share say how to open another client of the same state.
 */
public abstract class StateStoreContractTest {

    /** The store under test, fresh for each test. */
    protected StateStore store;
    private final List<StateStore> others = new ArrayList<>();

    /** @return a new, empty store */
    protected abstract StateStore newStore();

    /**
     * @param current the store under test, to be closed first when the store allows one client only
     * @return a new client of the same state, after the current one was closed where needed; null when the store
     *         does not persist (the reopening tests then skip)
     */
    protected StateStore reopen(StateStore current) {
        return null;
    }

    /** @return another live client of the same state with a session of its own, or null for single-client stores */
    protected StateStore newReplica() {
        return null;
    }

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStores() {
        others.forEach(StateStore::close);
        store.close();
    }

    private StateStore replica() {
        StateStore replica = newReplica();
        assumeTrue(replica != null, "this store has a single client");
        others.add(replica);
        return replica;
    }

    private static Map<String, StoredRecord> byKey(StoreSnapshot snapshot) {
        Map<String, StoredRecord> out = new HashMap<>();
        snapshot.records().forEach(r -> out.put(r.key(), r));
        return out;
    }

    @Test
    void aNewStoreIsEmptyAtRevisionZero() {
        StoreSnapshot snapshot = store.load();
        assertEquals(0, snapshot.revision());
        assertTrue(snapshot.records().isEmpty());
        assertNull(snapshot.legacyDocument());
        assertEquals(StoreChanges.none(0), store.changesSince(0));
    }

    @Test
    void aCommitIsReadBackAtItsRevisionAndRevisionsFollowEachOther() {
        CommitResult first = store.commit(Commit.of(Write.put("instances/a", "{\"n\":1}", Expect.absent()),
                Write.put("journal/b", "{}", Expect.absent())));
        assertEquals(0, first.previousRevision());
        assertTrue(first.revision() > 0);
        CommitResult second = store.commit(Commit.of(Write.put("instances/a", "{\"n\":2}",
                Expect.revision(first.revision())), Write.delete("journal/b", Expect.revision(first.revision()))));
        assertEquals(first.revision(), second.previousRevision());
        assertTrue(second.revision() > first.revision());
        StoreSnapshot snapshot = store.load();
        assertEquals(second.revision(), snapshot.revision());
        assertEquals(List.of(new StoredRecord("instances/a", "{\"n\":2}", second.revision())), snapshot.records());
    }

    @Test
    void recordsAreListedInKeyOrder() {
        store.commit(Commit.of(Write.put("b", "2", Expect.absent()), Write.put("a/z", "1", Expect.absent()),
                Write.put("a", "0", Expect.absent())));
        assertEquals(List.of("a", "a/z", "b"), store.load().records().stream().map(StoredRecord::key).toList());
    }

    @Test
    void valuesAreKeptVerbatim() {
        String value = "{\n  \"n\": 1.50,\n  \"big\": 12345678901234567890,\n  \"s\": \"\\u00e9\u00e9 \\\" \u2603\"\n}";
        String notJson = "line one\nline two\t\"quoted\" \\ \u0000 end";
        long rev = store.commit(Commit.of(Write.put("k", value, Expect.absent()),
                Write.put("k2", notJson, Expect.absent()))).revision();
        assertEquals(Map.of("k", new StoredRecord("k", value, rev), "k2", new StoredRecord("k2", notJson, rev)),
                byKey(store.load()));
    }

    @Test
    void aFailedExpectationRefusesTheWholeCommitAndNamesTheRecord() {
        long rev = store.commit(Commit.of(Write.put("a", "1", Expect.absent()))).revision();
        StaleRecordException absent = assertThrows(StaleRecordException.class, () -> store.commit(Commit.of(
                Write.put("fresh", "x", Expect.absent()), Write.put("a", "2", Expect.absent()))));
        assertTrue(absent.keys().contains("a"), absent.keys().toString());
        StaleRecordException oldRevision = assertThrows(StaleRecordException.class, () -> store.commit(Commit.of(
                Write.put("fresh", "x", Expect.absent()), Write.delete("a", Expect.revision(rev + 100)))));
        assertTrue(oldRevision.keys().contains("a"));
        assertThrows(StaleRecordException.class, () -> store.commit(Commit.of(
                Write.delete("missing", Expect.revision(rev)))));
        StoreSnapshot after = store.load();
        assertEquals(rev, after.revision());
        assertEquals(List.of(new StoredRecord("a", "1", rev)), after.records());
    }

    @Test
    void expectingAnythingAlwaysApplies() {
        store.commit(Commit.of(Write.put("a", "1", Expect.anything())));
        store.commit(Commit.of(Write.put("a", "2", Expect.anything()), Write.delete("gone", Expect.anything())));
        assertEquals("2", store.load().records().get(0).value());
    }

    @Test
    void aDeleteExpectingItsRevisionRemovesTheRecord() {
        long rev = store.commit(Commit.of(Write.put("a", "1", Expect.absent()))).revision();
        store.commit(Commit.of(Write.delete("a", Expect.revision(rev))));
        assertTrue(store.load().records().isEmpty());
        store.commit(Commit.of(Write.put("a", "again", Expect.absent())));
        assertEquals("again", store.load().records().get(0).value());
    }

    @Test
    void aCommitOverTheLimitIsRefused() {
        int max = store.maxWritesPerCommit();
        assertTrue(max >= 64, "a store takes at least 64 writes per commit, this one " + max);
        assumeTrue(max < 1_000_000, "no practical limit");
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            writes.add(Write.put("k" + i, "v", Expect.absent()));
        }
        assertThrows(IllegalArgumentException.class, () -> store.commit(Commit.of(writes)));
        assertEquals(0, store.load().revision());
    }

    @Test
    void changesSinceTheCurrentRevisionAreNone() {
        long rev = store.commit(Commit.of(Write.put("a", "1", Expect.absent()))).revision();
        assertEquals(StoreChanges.none(rev), store.changesSince(rev));
    }

    @Test
    void changesSinceAnEarlierRevisionAreTheCommitsAfterItOrAReset() {
        long r1 = store.commit(Commit.of(Write.put("a", "1", Expect.absent()), Write.put("b", "1",
                Expect.absent()))).revision();
        long r2 = store.commit(Commit.of(Write.put("a", "2", Expect.anything()), Write.delete("b",
                Expect.anything()))).revision();
        long r3 = store.commit(Commit.of(Write.put("c", "3", Expect.absent()))).revision();
        StoreChanges changes = store.changesSince(r1);
        assertEquals(r3, changes.revision());
        if (changes.isReset()) {
            assertEquals(r3, changes.reset().revision());
            assertEquals(List.of("a", "c"), changes.reset().records().stream().map(StoredRecord::key).toList());
            return;
        }
        List<StoreChange> expected = new ArrayList<>(List.of(new StoreChange("a", "2", r2),
                new StoreChange("b", null, r2)));
        List<StoreChange> actual = new ArrayList<>(changes.changes());
        assertEquals(3, actual.size(), actual.toString());
        // within one commit the order of the records is the store's own
        assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(actual.subList(0, 2)));
        assertEquals(new StoreChange("c", "3", r3), actual.get(2));
    }

    @Test
    void parallelWritersNeverLoseAnUpdateUnseen() throws Exception {
        int writers = 6;
        int writesEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                results.add(pool.submit(() -> {
                    int done = 0;
                    while (done < writesEach) {
                        StoredRecord seen = store.load().records().stream().filter(r -> r.key().equals("counter"))
                                .findFirst().orElse(null);
                        int n = seen == null ? 0 : Integer.parseInt(seen.value());
                        Expect expect = seen == null ? Expect.absent() : Expect.revision(seen.revision());
                        try {
                            store.commit(Commit.of(Write.put("counter", Integer.toString(n + 1), expect)));
                            done++;
                        } catch (StaleRecordException e) {
                            // someone else was first: read again
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> r : results) {
                r.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Integer.toString(writers * writesEach), store.load().records().get(0).value());
    }

    @Test
    void theSessionIsAliveAndAnUnknownOneIsNot() {
        String session = store.session();
        assertNotNull(session);
        assertFalse(session.isBlank());
        assertTrue(store.isSessionAlive(session));
        assertFalse(store.isSessionAlive("no-such-session-" + session));
    }

    @Test
    void aClosedStoreRefusesEverythingAndClosesTwice() {
        store.close();
        store.close();
        StateStoreException e = assertThrows(StateStoreException.class, store::load);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(StateStoreException.class, () -> store.commit(Commit.of(Write.put("a", "1",
                Expect.absent()))));
        assertThrows(StateStoreException.class, () -> store.changesSince(0));
    }

    @Test
    void theLocationIsNamed() {
        assertFalse(store.location().isBlank());
    }

    @Test
    void reopeningKeepsEveryRecordAndItsRevision() {
        long r1 = store.commit(Commit.of(Write.put("a", "1", Expect.absent()), Write.put("b", "x",
                Expect.absent()))).revision();
        long r2 = store.commit(Commit.of(Write.put("b", "y", Expect.revision(r1)))).revision();
        StateStore reopened = reopen(store);
        assumeTrue(reopened != null, "this store does not persist");
        store = reopened;
        StoreSnapshot snapshot = store.load();
        assertEquals(r2, snapshot.revision());
        assertEquals(List.of(new StoredRecord("a", "1", r1), new StoredRecord("b", "y", r2)), snapshot.records());
        CommitResult next = store.commit(Commit.of(Write.delete("a", Expect.revision(r1))));
        assertEquals(r2, next.previousRevision());
    }

    @Test
    void aReplicaSeesTheOtherClientsCommitsIncludingDeletes() {
        StateStore replica = replica();
        long r1 = store.commit(Commit.of(Write.put("a", "1", Expect.absent()), Write.put("b", "1",
                Expect.absent()))).revision();
        StoreChanges seen = replica.changesSince(0);
        assertEquals(r1, seen.revision());
        long r2 = store.commit(Commit.of(Write.delete("b", Expect.revision(r1)))).revision();
        StoreChanges next = replica.changesSince(r1);
        assertEquals(r2, next.revision());
        if (!next.isReset()) {
            assertEquals(List.of(new StoreChange("b", null, r2)), next.changes());
        }
        assertEquals(List.of(new StoredRecord("a", "1", r1)), replica.load().records());
    }

    @Test
    void aReplicasCommitIsReportedToFollowTheOtherOnes() {
        StateStore replica = replica();
        long r1 = store.commit(Commit.of(Write.put("a", "1", Expect.absent()))).revision();
        CommitResult theirs = replica.commit(Commit.of(Write.put("b", "1", Expect.absent())));
        assertEquals(r1, theirs.previousRevision());
        assertThrows(StaleRecordException.class, () -> replica.commit(Commit.of(Write.put("a", "2",
                Expect.absent()))));
    }

    @Test
    void replicasHaveDistinctSessionsThatEndWithTheirClient() {
        StateStore replica = replica();
        assertFalse(replica.session().equals(store.session()));
        assertTrue(store.isSessionAlive(replica.session()));
        String gone = replica.session();
        replica.close();
        assertFalse(store.isSessionAlive(gone));
    }
}
