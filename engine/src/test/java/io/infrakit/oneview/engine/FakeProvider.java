package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.InstanceIdConflictException;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineDiscovery;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A scriptable in-memory provider: machines are map entries; tests set their health. */
class FakeProvider implements InstanceProvider, MachineDiscovery {

    final Map<String, ProvisionRequest> machines = new ConcurrentHashMap<>();
    final Map<String, MachineStatus> health = new ConcurrentHashMap<>();
    final List<String> destroyed = new CopyOnWriteArrayList<>();
    final List<DestroyContext> destroyContexts = new CopyOnWriteArrayList<>();
    final Map<String, Map<String, String>> tagsChanged = new ConcurrentHashMap<>();
    final Set<String> unreported = ConcurrentHashMap.newKeySet();
    final Set<String> takenIds = ConcurrentHashMap.newKeySet();
    final AtomicInteger healthCalls = new AtomicInteger();
    final List<List<String>> recoverCalls = new CopyOnWriteArrayList<>();
    final List<UnfinishedProvision> recovered = new CopyOnWriteArrayList<>();
    /** IDs whose recovery answers pending. */
    volatile Set<String> pendingIds = Set.of();
    /** Machines findMachines lists in addition to the ones made; null entries are not allowed. */
    final List<FoundMachine> extraFound = new CopyOnWriteArrayList<>();
    volatile Consumer<ProvisionRequest> onProvision = r -> { };
    volatile Runnable onHealth = () -> { };
    volatile RuntimeException failProvision;
    /** Made the machine, then failed (a provision whose clean-up did not happen). */
    volatile RuntimeException failAfterMaking;
    volatile RuntimeException failHealth;
    volatile RuntimeException failDestroy;
    volatile RuntimeException failRecover;
    boolean closed;

    static RawJson data(String id) {
        return RawJson.of("{\"slot\":\"" + id + "\"}");
    }

    @Override
    public void validate(RawJson properties) {
        if (!properties.isNull() && !properties.isObject()) {
            throw new InvalidPropertiesException("Properties must be a JSON object");
        }
    }

    @Override
    public List<Recovery> recover(List<UnfinishedProvision> unfinished) {
        recoverCalls.add(unfinished.stream().map(UnfinishedProvision::instanceId).toList());
        if (failRecover != null) {
            throw failRecover;
        }
        recovered.addAll(unfinished);
        List<Recovery> out = new ArrayList<>();
        for (UnfinishedProvision u : unfinished) {
            String id = u.instanceId();
            if (pendingIds.contains(id)) {
                out.add(Recovery.pending(id, "still being made"));
            } else if (machines.containsKey(id) && health.getOrDefault(id, MachineStatus.functional(null))
                    .functional()) {
                out.add(Recovery.adopted(new Machine(id, data(id)), "found complete"));
            } else {
                machines.remove(id);
                out.add(Recovery.cleanedUp(id, "nothing left"));
            }
        }
        return out;
    }

    @Override
    public List<FoundMachine> findMachines() {
        List<FoundMachine> out = new ArrayList<>();
        machines.forEach((id, r) -> out.add(new FoundMachine(new Machine(id, data(id)), r.spec().tags(),
                r.spec().logicalId(), r.spec().properties(), "slot " + id)));
        out.sort(java.util.Comparator.comparing(FoundMachine::instanceId));
        out.addAll(extraFound);
        return out;
    }

    @Override
    public Machine provision(ProvisionRequest request) {
        if (takenIds.contains(request.instanceId())) {
            throw new InstanceIdConflictException(request.instanceId(), "fake backend");
        }
        onProvision.accept(request);
        if (failProvision != null) {
            throw failProvision;
        }
        machines.put(request.instanceId(), request);
        if (failAfterMaking != null) {
            throw failAfterMaking;
        }
        return new Machine(request.instanceId(), data(request.instanceId()));
    }

    @Override
    public void destroy(Machine machine, DestroyContext context) {
        if (failDestroy != null) {
            throw failDestroy;
        }
        machines.remove(machine.instanceId());
        destroyed.add(machine.instanceId());
        destroyContexts.add(context);
    }

    @Override
    public Map<String, MachineStatus> health(List<Machine> list) {
        healthCalls.incrementAndGet();
        onHealth.run();
        if (failHealth != null) {
            throw failHealth;
        }
        Map<String, MachineStatus> out = new HashMap<>();
        for (Machine m : list) {
            if (unreported.contains(m.instanceId())) {
                continue;
            }
            out.put(m.instanceId(), health.getOrDefault(m.instanceId(), MachineStatus.functional(null)));
        }
        return out;
    }

    @Override
    public void tagsChanged(Machine machine, Map<String, String> tags) {
        tagsChanged.put(machine.instanceId(), tags);
    }

    @Override
    public RawJson exampleProperties() {
        return RawJson.of("{\"Note\":\"example\"}");
    }

    @Override
    public void close() {
        closed = true;
    }

    static InstancePluginException boom(String message) {
        return new InstancePluginException(message);
    }
}
