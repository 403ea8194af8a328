package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.InstanceIdConflictException;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A scriptable in-memory provider: machines are map entries; tests set their health. */
class FakeProvider implements InstanceProvider {

    final Map<String, ProvisionRequest> machines = new ConcurrentHashMap<>();
    final Map<String, MachineStatus> health = new ConcurrentHashMap<>();
    final List<String> destroyed = new CopyOnWriteArrayList<>();
    final List<DestroyContext> destroyContexts = new CopyOnWriteArrayList<>();
    final Map<String, Map<String, String>> tagsChanged = new ConcurrentHashMap<>();
    final Set<String> unreported = ConcurrentHashMap.newKeySet();
    final Set<String> takenIds = ConcurrentHashMap.newKeySet();
    final AtomicInteger healthCalls = new AtomicInteger();
    final List<Set<String>> settleCalls = new CopyOnWriteArrayList<>();
    volatile Set<String> unsettled = Set.of();
    volatile Consumer<ProvisionRequest> onProvision = r -> { };
    volatile Runnable onHealth = () -> { };
    volatile RuntimeException failProvision;
    volatile RuntimeException failHealth;
    volatile RuntimeException failDestroy;
    boolean closed;

    @Override
    public void validate(RawJson properties) {
        if (!properties.isNull() && !properties.isObject()) {
            throw new InvalidPropertiesException("Properties must be a JSON object");
        }
    }

    @Override
    public Set<String> settleUnfinished(Set<String> instanceIds) {
        settleCalls.add(instanceIds);
        Set<String> settled = new java.util.HashSet<>(instanceIds);
        settled.removeAll(unsettled);
        return settled;
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
        return new Machine(request.instanceId(), RawJson.of("{\"slot\":\"" + request.instanceId() + "\"}"));
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
