package io.infrakit.oneview.metrics;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.NoCapacityException;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Machines in memory; {@link #free} of them, then {@link NoCapacityException}. */
final class TestProvider implements InstanceProvider {

    volatile int free = Integer.MAX_VALUE;

    @Override
    public void validate(RawJson properties) {
    }

    @Override
    public synchronized Machine provision(ProvisionRequest request) {
        if (free == 0) {
            throw new NoCapacityException("no free machine");
        }
        free--;
        return new Machine(request.instanceId(), RawJson.of("{}"));
    }

    @Override
    public void destroy(Machine machine, DestroyContext context) {
    }

    @Override
    public Map<String, MachineStatus> health(List<Machine> machines) {
        Map<String, MachineStatus> out = new HashMap<>();
        machines.forEach(m -> out.put(m.instanceId(), MachineStatus.functional(null)));
        return out;
    }

    @Override
    public Set<String> secretFields() {
        return Set.of("Password");
    }

    @Override
    public List<Recovery> recover(List<UnfinishedProvision> unfinished) {
        return unfinished.stream().map(u -> Recovery.cleanedUp(u.instanceId(), "test")).toList();
    }
}
