package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.StateStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the journal's unfinished provisions whose writer is gone: hands them to
 * {@link InstanceProvider#recover}, records the machines it adopts (at the end of the active list) and forgets the
 * entries it cleaned up, each in a commit that expects the entry as it was read, so that two replicas settling the
 * same entry record one outcome. A provision is handed over only when no process runs it: it is not in flight in
 * this process, and its session is this process's own (a provision it gave up on) or one the store knows is gone.
 */
final class Recoveries {

    private static final Logger LOG = LoggerFactory.getLogger(Recoveries.class);

    private final StateCommitter state;
    private final InstanceProvider provider;
    private final Set<String> inFlight;
    private final Set<String> reportedPending = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Recoveries(StateCommitter state, InstanceProvider provider, Set<String> inFlight) {
        this.state = state;
        this.provider = provider;
        this.inFlight = inFlight;
    }

    /** Settles what it can; a failure is logged and retried at the next describe, it never fails a describe. */
    void settle() {
        List<JournalEntry> candidates;
        try {
            candidates = candidates();
        } catch (RuntimeException e) {
            LOG.warn("Cannot tell which unfinished provisions in {} are abandoned: {}; trying again at the next "
                    + "describe", state.location(), e.getMessage());
            return;
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<Recovery> outcomes;
        try {
            outcomes = provider.recover(candidates.stream().map(JournalEntry::unfinished).toList());
        } catch (RuntimeException e) {
            LOG.warn("Settling the unfinished provisions {} failed: {}; trying again at the next describe",
                    candidates.stream().map(JournalEntry::id).toList(), e.getMessage());
            return;
        }
        Map<String, JournalEntry> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        List<Recovery> settled = new ArrayList<>();
        for (Recovery r : outcomes == null ? List.<Recovery>of() : outcomes) {
            if (r == null || !byId.containsKey(r.instanceId())) {
                continue;
            }
            if (r.outcome() == Recovery.Outcome.PENDING) {
                if (reportedPending.add(r.instanceId())) {
                    LOG.info("Unfinished provision {} is not settled yet ({}); looking again at the next describe",
                            r.instanceId(), r.detail());
                }
            } else {
                settled.add(r);
            }
        }
        int perCommit = Math.max(1, state.store().maxWritesPerCommit() / 2);
        for (int from = 0; from < settled.size(); from += perCommit) {
            List<Recovery> chunk = settled.subList(from, Math.min(settled.size(), from + perCommit));
            try {
                List<String> done = state.commit(view -> writes(view, chunk));
                done.forEach(id -> log(byId.get(id), chunk.stream().filter(r -> r.instanceId().equals(id))
                        .findFirst().orElseThrow()));
            } catch (RuntimeException e) {
                LOG.warn("Recording the settlement of the unfinished provisions {} in {} failed: {}; trying again at "
                        + "the next describe", chunk.stream().map(Recovery::instanceId).toList(), state.location(),
                        e.getMessage());
            }
        }
    }

    private List<JournalEntry> candidates() {
        return state.read(this::candidates);
    }

    private List<JournalEntry> candidates(StateView view) {
        StateStore store = state.store();
        String mine = store.session();
        Map<String, Boolean> alive = new HashMap<>();
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry entry : view.journal()) {
            if (inFlight.contains(entry.id())) {
                continue;
            }
            boolean gone = entry.session().equals(mine)
                    || !alive.computeIfAbsent(entry.session(), store::isSessionAlive);
            if (gone) {
                out.add(entry);
            }
        }
        return out;
    }

    /** The writes that record the outcomes whose journal entry is still as it was read. */
    private static StateCommitter.Change<List<String>> writes(StateView view, List<Recovery> outcomes) {
        List<StateCommitter.RecordWrite> writes = new ArrayList<>();
        List<String> done = new ArrayList<>();
        long end = view.endOf(InstanceList.ACTIVE);
        for (Recovery r : outcomes) {
            JournalEntry entry = view.journalEntry(r.instanceId()).orElse(null);
            if (entry == null) {
                continue;
            }
            writes.add(new StateCommitter.DeleteJournal(entry.id(), Expect.revision(entry.revision())));
            done.add(entry.id());
            if (r.outcome() == Recovery.Outcome.ADOPTED && !view.contains(entry.id())) {
                InstanceRecord record = new InstanceRecord(entry.id(), entry.spec().logicalId(), entry.spec().tags(),
                        entry.spec(), r.machine().data(), entry.started(), null);
                writes.add(new StateCommitter.PutInstance(new StoredInstance(record, InstanceList.ACTIVE, end++, 0),
                        Expect.absent()));
            }
        }
        return new StateCommitter.Change<>(writes, done);
    }

    private void log(JournalEntry entry, Recovery r) {
        reportedPending.remove(entry.id());
        if (r.outcome() == Recovery.Outcome.ADOPTED) {
            LOG.warn("Unfinished provision {} (started {}, its writer is gone): its machine is complete ({}); "
                    + "recorded as an active instance", entry.id(), entry.started(), r.detail());
        } else {
            LOG.info("Unfinished provision {} (started {}, its writer is gone): nothing is left of it ({}); "
                    + "forgotten", entry.id(), entry.started(), r.detail());
        }
    }
}
