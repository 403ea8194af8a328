package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.MachineDiscovery;
import io.infrakit.oneview.store.Expect;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a lost state from the backend: every machine the provider's {@link MachineDiscovery} finds for this
 * plugin becomes an active instance again, with its tags and logical ID. Nothing is adopted into a state that holds
 * instances unless asked, nor when two machines claim one ID.
 */
final class StateRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(StateRebuilder.class);

    private final StateCommitter state;
    private final MachineDiscovery discovery;
    private final Clock clock;

    StateRebuilder(StateCommitter state, MachineDiscovery discovery, Clock clock) {
        this.state = state;
        this.discovery = discovery;
        this.clock = clock;
    }

    RebuildReport rebuild(boolean intoNonEmptyState) {
        state.sync();
        List<FoundMachine> found = discovery.findMachines();
        Map<String, List<FoundMachine>> byId = new LinkedHashMap<>();
        found.forEach(f -> byId.computeIfAbsent(f.instanceId(), k -> new ArrayList<>()).add(f));
        int before = state.view().size();
        Map<String, List<String>> conflicts = new LinkedHashMap<>();
        byId.forEach((id, list) -> {
            if (list.size() > 1) {
                conflicts.put(id, list.stream().map(FoundMachine::where).toList());
            }
        });
        if (!conflicts.isEmpty()) {
            return new RebuildReport(RebuildReport.Outcome.AMBIGUOUS, List.of(), List.of(), conflicts, before);
        }
        if (before > 0 && !intoNonEmptyState) {
            return new RebuildReport(RebuildReport.Outcome.STATE_NOT_EMPTY, List.of(), List.of(), Map.of(), before);
        }
        List<String> adopted = new ArrayList<>();
        List<String> known = new ArrayList<>();
        List<FoundMachine> fresh = new ArrayList<>();
        for (List<FoundMachine> one : byId.values()) {
            FoundMachine f = one.get(0);
            if (state.view().contains(f.instanceId())) {
                known.add(f.instanceId());
            } else {
                fresh.add(f);
            }
        }
        int perCommit = Math.max(1, state.store().maxWritesPerCommit() / 2);
        for (int from = 0; from < fresh.size(); from += perCommit) {
            List<FoundMachine> chunk = fresh.subList(from, Math.min(fresh.size(), from + perCommit));
            adopted.addAll(state.commit(view -> writes(view, chunk)));
        }
        for (FoundMachine f : fresh) {
            if (adopted.contains(f.instanceId())) {
                LOG.warn("Rebuilt instance {} from {}", f.instanceId(), f.where());
            } else {
                known.add(f.instanceId());
            }
        }
        return new RebuildReport(RebuildReport.Outcome.REBUILT, adopted, known, Map.of(), before);
    }

    private StateCommitter.Change<List<String>> writes(StateView view, List<FoundMachine> found) {
        List<StateCommitter.RecordWrite> writes = new ArrayList<>();
        List<String> adopted = new ArrayList<>();
        long end = view.endOf(InstanceList.ACTIVE);
        for (FoundMachine f : found) {
            if (view.contains(f.instanceId())) {
                continue;
            }
            Spec spec = new Spec(f.properties(), f.tags(), "", f.logicalId(), null);
            InstanceRecord record = new InstanceRecord(f.instanceId(), f.logicalId(), f.tags(), spec,
                    f.machine().data(), clock.instant(), null);
            writes.add(new StateCommitter.PutInstance(new StoredInstance(record, InstanceList.ACTIVE, end++, 0),
                    Expect.absent()));
            view.journalEntry(f.instanceId()).ifPresent(j -> writes.add(new StateCommitter.DeleteJournal(j.id(),
                    Expect.revision(j.revision()))));
            adopted.add(f.instanceId());
        }
        return new StateCommitter.Change<>(writes, adopted);
    }
}
